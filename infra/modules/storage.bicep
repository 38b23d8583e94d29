// One storage account reached only through Entra ID: no shared keys, HTTPS and TLS 1.2 only.

@description('Globally unique account name: 3-24 lowercase letters and digits.')
param name string
param location string
param tags object = {}

@description('A blob container to create (the Flex Consumption deployment container), or empty for none.')
param containerName string = ''

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = if (!empty(containerName)) {
  parent: account
  name: 'default'
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = if (!empty(containerName)) {
  parent: blobService
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
// Without the trailing slash the portal shows, which is the form the app's TableStorageOptions expects.
output tableEndpoint string = 'https://${account.name}.table.${environment().suffixes.storage}'
