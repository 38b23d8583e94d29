// PainDrip on Azure: a Flex Consumption function app running the .NET 10 isolated worker
// (runtime dotnet-isolated 10.0), its tables in their own storage account, secrets in Key Vault, telemetry in
// Application Insights. Deploy into an existing resource group; see infra/README.md.

@description('Short lowercase prefix for resource names (letters, digits, hyphens).')
@maxLength(12)
param namePrefix string = 'paindrip'

@description('A region that offers Flex Consumption (`az functionapp list-flexconsumption-locations`).')
param location string = resourceGroup().location

@description('The address lessons are sent from; its domain must be authenticated in SendGrid.')
param senderAddress string

@description('The display name on every email.')
param senderName string = 'PainDrip'

@description('The Inbound Parse domain replies go to, as reply+<token>@<inboundDomain>, e.g. parse.example.com.')
param inboundDomain string

@description('The operator\'s postal address, printed in every email footer.')
param postalAddress string

@description('Public https base URL for links in emails; empty means the function app\'s own host name.')
param publicBaseUrl string = ''

@description('SendGrid Event Webhook verification key (base64, from Mail Settings after signing is enabled); empty until then.')
param eventWebhookPublicKey string = ''

@description('NCRONTAB (UTC, with seconds) for the SendDueLessons timer ([TimerTrigger("%SendSchedule%")]).')
param sendSchedule string = '0 */15 * * * *'

@description('NCRONTAB (UTC, with seconds) for the coaches\' daily digest ([TimerTrigger("%CoachDigestSchedule%")]).')
param coachDigestSchedule string = '0 0 7 * * *'

@description('Addresses (comma-separated) that get the urgent red-flag alert and the daily digest; empty sends none.')
param coachAlertAddresses string = ''

@description('Coach console sign-in. Auto (default): the app\'s own Entra ID sign-in once consoleClientId is set, else Off. Entra: the same, explicitly. Off: the console refuses everyone. EasyAuth only on a plan that has App Service Authentication (Flex Consumption has not: see infra/README.md).')
@allowed(['Auto', 'Entra', 'Off', 'EasyAuth'])
param consoleSignIn string = 'Auto'

@description('Coaches allowed into the console, comma-separated: Entra ID user names (the work address) or object ids.')
param consoleCoaches string = ''

@description('Directory (tenant) id of the console\'s app registration; only this tenant\'s users can sign in.')
param consoleTenantId string = subscription().tenantId

@description('Application (client) id of the console\'s app registration (infra/README.md, Coach console sign-in); empty leaves the console off.')
param consoleClientId string = ''

@description('Entra ID cloud instance for the console sign-in.')
param consoleEntraInstance string = 'https://login.microsoftonline.com/'


@description('true validates every send with SendGrid without delivering it.')
param sendGridSandboxMode bool = false

@description('SendGrid API base URL; https://api.eu.sendgrid.com for EU subusers.')
param sendGridBaseUrl string = 'https://api.sendgrid.com'

@description('Sign-ups one client IP may post per window (POST /api/enroll); more get 429.')
param signupRateLimit int = 10

@description('The sign-up rate-limit window, as a .NET TimeSpan (hh:mm:ss).')
param signupRateWindow string = '00:10:00'

@description('Who runs this PainDrip, named on the privacy page; empty means senderName.')
param privacyOperatorName string = ''

@description('Where people ask for a copy or erasure of their data, shown on the privacy page; empty means senderAddress.')
param privacyContactAddress string = ''

@description('Months after a program ends that the operator erases its data, as the privacy page promises (1-120).')
@minValue(1)
@maxValue(120)
param privacyRetentionMonths int = 12

@description('Object id of the operator who will set the Key Vault secrets (`az ad signed-in-user show --query id -o tsv`); empty to grant nobody.')
param operatorPrincipalId string = ''

var token = toLower(uniqueString(resourceGroup().id, namePrefix))
var tags = { app: 'paindrip' }
var deploymentContainerName = 'app-package'

module hostStorage 'modules/storage.bicep' = {
  name: 'host-storage'
  params: { name: 'sthost${token}', location: location, tags: tags, containerName: deploymentContainerName }
}

module dataStorage 'modules/storage.bicep' = {
  name: 'data-storage'
  params: { name: 'stdata${token}', location: location, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { namePrefix: namePrefix, token: token, location: location, tags: tags }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'key-vault'
  params: { name: 'kv-${token}', location: location, tags: tags }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${namePrefix}-${token}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: '${namePrefix}-${token}'
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${hostStorage.outputs.blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        maximumInstanceCount: 40
        instanceMemoryMB: 2048
      }
    }
  }
}

var trimmedBaseUrl = endsWith(publicBaseUrl, '/') ? substring(publicBaseUrl, 0, length(publicBaseUrl) - 1) : publicBaseUrl
var baseUrl = empty(publicBaseUrl) ? 'https://${functionApp.properties.defaultHostName}' : trimmedBaseUrl

var consoleSignInRedirectUri = '${baseUrl}/api/console/signin/callback'

// The app binds each options class from the section named after it, so `Class__Property`.
// tests/PainDrip.Functions.Tests/Deploy/AppSettingsTests checks this list against the code.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: {
    AzureWebJobsStorage__accountName: hostStorage.outputs.name
    AzureWebJobsStorage__credential: 'managedidentity'
    APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
    SendSchedule: sendSchedule
    CoachDigestSchedule: coachDigestSchedule
    ConsoleOptions__AlertAddresses: coachAlertAddresses
    ConsoleOptions__SignIn: consoleSignIn
    ConsoleOptions__Coaches: consoleCoaches
    ConsoleOptions__Entra__Instance: consoleEntraInstance
    ConsoleOptions__Entra__TenantId: consoleTenantId
    ConsoleOptions__Entra__ClientId: consoleClientId
    // The client secret lives in Key Vault (secret console-client-secret); no reference at all until a client id is set.
    ConsoleOptions__Entra__ClientSecret: empty(consoleClientId) ? '' : keyVault.outputs.references.consoleClientSecret
    ConsoleOptions__Entra__RedirectUri: consoleSignInRedirectUri
    // Only for loopback callers in standalone mode; never used in Azure.
    ConsoleOptions__LocalCoachName: 'Coach'
    TableStorageOptions__Endpoint: dataStorage.outputs.tableEndpoint
    SendGridOptions__ApiKey: keyVault.outputs.references.sendGridApiKey
    SendGridOptions__BaseUrl: sendGridBaseUrl
    SendGridOptions__SandboxMode: string(sendGridSandboxMode)
    EmailOptions__FromAddress: senderAddress
    EmailOptions__FromName: senderName
    EmailOptions__InboundDomain: inboundDomain
    EmailOptions__PostalAddress: postalAddress
    EmailOptions__PublicBaseUrl: baseUrl
    EmailOptions__CoachAnswerWorkingDays: '2'
    LinkSigningOptions__Secret: keyVault.outputs.references.linkSigningSecret
    InboundOptions__Secret: keyVault.outputs.references.inboundSecret
    EventWebhookOptions__PublicKey: eventWebhookPublicKey
    EnrollmentOptions__PermitLimit: string(signupRateLimit)
    EnrollmentOptions__Window: signupRateWindow
    EnrollmentOptions__MaxBodyBytes: '65536'
    EnrollmentOptions__PerAddressLimit: '3'
    EnrollmentOptions__ConfirmationResendInterval: '00:05:00'
    // 0: the worker's own forwarded-headers step already sets the client address from the front end's hop.
    EnrollmentOptions__TrustedProxyCount: '0'
    // Tuning knobs at the defaults of the app; change them here rather than in the portal.
    // ManagedIdentityClientId is only for a user-assigned identity; TimeBudget stays well inside
    // functionTimeout (host.json) and the 15-minute timer.
    TableStorageOptions__ManagedIdentityClientId: ''
    TableStoreOptions__TablePrefix: ''
    LessonLibraryOptions__Directory: 'content/lessons'
    SchedulerOptions__TimeBudget: '00:04:00'
    SchedulerOptions__BatchSize: '100'
    SchedulerOptions__RetryInboxAfter: '00:05:00'
    SchedulerOptions__SendConcurrency: '16'
    SendGridOptions__MaxRetries: '4'
    SendGridOptions__InitialBackoff: '00:00:01'
    SendGridOptions__MaxBackoff: '00:00:30'
    SendGridOptions__MaxRateLimitWait: '00:01:00'
    SendGridOptions__RequestTimeout: '00:00:30'
    LinkSigningOptions__ConfirmLifetime: '7.00:00:00'
    LinkSigningOptions__UnsubscribeLifetime: '400.00:00:00'
    LinkSigningOptions__ExportLifetime: '2.00:00:00'
    LinkSigningOptions__PreferencesLifetime: '90.00:00:00'
    PrivacyOptions__OperatorName: privacyOperatorName
    PrivacyOptions__ContactAddress: privacyContactAddress
    PrivacyOptions__RetentionMonths: string(privacyRetentionMonths)
    PrivacyOptions__RequestDays: '30'
    InboundOptions__MaxBodyBytes: '20971520'
    EventWebhookOptions__MaxAge: '00:10:00'
  }
}

module access 'modules/access.bicep' = {
  name: 'access'
  params: {
    appPrincipalId: functionApp.identity.principalId
    hostStorageName: hostStorage.outputs.name
    dataStorageName: dataStorage.outputs.name
    keyVaultName: keyVault.outputs.name
    operatorPrincipalId: operatorPrincipalId
  }
}

output functionAppName string = functionApp.name
output keyVaultName string = keyVault.outputs.name
output keyVaultSecretNames object = keyVault.outputs.secretNames
output applicationInsightsName string = monitoring.outputs.name
output signupUrl string = '${baseUrl}/api/signup'
@description('Paste into SendGrid Inbound Parse after appending ?key=<the inbound-secret value>.')
output inboundParseUrl string = '${baseUrl}/api/inbound'
@description('Paste into SendGrid Mail Settings > Event Webhook.')
output eventWebhookUrl string = '${baseUrl}/api/mail-events'
@description('Register as the Web redirect URI of the console\'s Entra ID app registration.')
output consoleSignInRedirectUrl string = '${baseUrl}/api/console/signin/callback'
