// Everything for one Nextfunc deployment, at resource-group scope.
// main.bicep calls this after creating the resource group (azd / `az deployment sub create`);
// it can also be deployed alone into an existing group with `az deployment group create`.
// The code is deployed separately (scripts/deploy.sh): a `dotnet publish` folder for the default
// isolated worker, or a functions-layout folder for the custom handler.

@description('Short name used in resource names (lowercase letters, digits, hyphens).')
@minLength(1)
@maxLength(20)
param appName string = 'serverless'

param location string = resourceGroup().location

@description('Suffix that makes global names (storage, function app) unique.')
param resourceToken string = toLower(uniqueString(resourceGroup().id, appName, location))

param tags object = {}

@description('Flex runtime stack: dotnet-isolated (default) runs the isolated worker (a dotnet publish folder) or a customHandler host.json; custom runs the self-contained or Native AOT custom handler. See main.bicep.')
@allowed([
  'dotnet-isolated'
  'custom'
])
param runtimeName string = 'dotnet-isolated'

@description('Runtime version. Empty = 10.0 for dotnet-isolated, 1.0 for custom.')
param runtimeVersion string = ''

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

param maximumInstanceCount int = 100

@description('Grant queue/table roles and set the queue/table service URIs for AzureWebJobsStorage.')
param enableQueueAndTable bool = true

@description('Optional user object ID to grant Storage Blob Data Owner on the account.')
param principalId string = ''

@description('Blob container for the Nextfunc output cache (Nextfunc__Cache__Container).')
param cacheContainerName string = 'nextfunc-cache'

var effectiveRuntimeVersion = !empty(runtimeVersion) ? runtimeVersion : (runtimeName == 'custom' ? '1.0' : '10.0')
var functionAppName = take('func-${appName}-${resourceToken}', 60)
// 2 + 9 + 13 = 24 characters at most, keeping the whole unique token.
var storageAccountName = toLower('st${take(replace(appName, '-', ''), 9)}${resourceToken}')
// Flex reads the package from here; a name per app, like the Azure-Samples templates.
var deploymentContainerName = 'app-package-${take(toLower(replace(appName, '--', '-')), 20)}-${take(resourceToken, 7)}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${appName}-${resourceToken}'
  location: location
  tags: tags
}

module storage 'core/storage/storage-account.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    containers: [
      deploymentContainerName
      cacheContainerName
    ]
  }
}

module monitoring 'core/monitor/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-${appName}-${resourceToken}'
    applicationInsightsName: 'appi-${appName}-${resourceToken}'
    location: location
    tags: tags
  }
}

module functionApp 'core/host/functions-flexconsumption.bicep' = {
  name: 'functionapp'
  params: {
    planName: 'plan-${appName}-${resourceToken}'
    functionAppName: functionAppName
    location: location
    tags: tags
    identityId: identity.id
    identityClientId: identity.properties.clientId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: enableQueueAndTable ? storage.outputs.queueEndpoint : ''
    storageTableEndpoint: enableQueueAndTable ? storage.outputs.tableEndpoint : ''
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    runtimeName: runtimeName
    runtimeVersion: effectiveRuntimeVersion
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    appSettings: {
      // Read by the Nextfunc runtime; the cache client reuses the
      // AzureWebJobsStorage__blobServiceUri + __clientId settings for its credential.
      Nextfunc__Cache__Container: cacheContainerName
    }
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityPrincipalId: identity.properties.principalId
    enableQueueAndTable: enableQueueAndTable
    userPrincipalId: principalId
  }
}

output functionAppName string = functionApp.outputs.name
output functionAppHostName string = functionApp.outputs.defaultHostName
output storageAccountName string = storage.outputs.name
output cacheContainerName string = cacheContainerName
output deploymentContainerName string = deploymentContainerName
output identityClientId string = identity.properties.clientId
output applicationInsightsConnectionString string = monitoring.outputs.connectionString
