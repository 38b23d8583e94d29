// The vault for the four secrets. It is created empty: the operator sets the values with
// `az keyvault secret set` (see infra/README.md), so a redeploy never overwrites them.

param name string
param location string
param tags object = {}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
  }
}

var secretNames = {
  sendGridApiKey: 'sendgrid-api-key'
  linkSigningSecret: 'link-signing-secret'
  inboundSecret: 'inbound-secret'
  consoleClientSecret: 'console-client-secret'
}

output name string = vault.name
output secretNames object = secretNames
// Versionless references: the app picks up a rotated secret on its own (within a day) or at once on restart.
output references object = {
  sendGridApiKey: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${secretNames.sendGridApiKey})'
  linkSigningSecret: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${secretNames.linkSigningSecret})'
  inboundSecret: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${secretNames.inboundSecret})'
  consoleClientSecret: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${secretNames.consoleClientSecret})'
}
