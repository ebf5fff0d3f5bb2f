// Nextfunc on Azure Functions Flex Consumption (FC1, Linux), azd layout.
// Subscription scope: creates the resource group, then deploys resources.bicep into it.
//
// Runtime stack (functionAppConfig.runtime) and the folder to deploy (docs/azure-functions.md):
//   default 'dotnet-isolated' / '10.0': the app runs as a .NET isolated worker. Deploy the
//   `dotnet publish` output (functions.metadata, worker.config.json, .azurefunctions/, host.json);
//   the worker lists the route functions itself. This is the exact stack for that folder, and 10.0
//   is listed as a Flex dotnet-isolated version by the Az.Functions runtime listing. The worker is
//   not Native AOT capable.
//   The custom handler (the Native AOT option) is a folder written by `<app> functions-layout`
//   (host.json customHandler, enableProxyingHttpRequest, one function.json per route and verb).
//   It runs on either stack:
//   - 'dotnet-isolated' / '10.0' with that customHandler host.json. Microsoft's own .NET
//     custom-handler sample on Flex (Azure-Samples/mcp-sdk-functions-hosting-dotnet) ships exactly
//     this (8.0 there) with `dotnet <app>.dll`; the image carries the .NET runtime, so a
//     framework-dependent publish works and no executable bit has to survive the zip.
//   - 'custom' / '1.0', the semantically exact stack for a custom handler. It is listed for Flex in
//     the Az.Functions stack data and allowed by the azd quickstart's Flex module, but a
//     preview-era deployment rejected it, and we found no Microsoft sample deploying it; it needs a
//     self-contained or Native AOT linux-x64 publish. Select it with runtimeName=custom
//     (azd: NEXTFUNC_RUNTIME_NAME=custom).

targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds unique names.')
param environmentName string

@minLength(1)
@description('Region for all resources. Must be a region that offers Flex Consumption.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@minLength(1)
@maxLength(20)
@description('Short app name used inside resource names.')
param appName string = 'serverless'

@description('Resource group name; default rg-<environmentName>.')
param resourceGroupName string = ''

@allowed([
  'dotnet-isolated'
  'custom'
])
param runtimeName string = 'dotnet-isolated'

@description('Empty = 10.0 for dotnet-isolated, 1.0 for custom.')
param runtimeVersion string = ''

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

param maximumInstanceCount int = 100

@description('Grant queue/table data roles and set queue/table URIs for AzureWebJobsStorage.')
param enableQueueAndTable bool = true

@description('Optional user object ID to grant Storage Blob Data Owner (azd sets AZURE_PRINCIPAL_ID).')
param principalId string = ''

var tags = {
  'azd-env-name': environmentName
}
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : 'rg-${environmentName}'
  location: location
  tags: tags
}

module resources 'resources.bicep' = {
  name: 'nextfunc-resources'
  scope: rg
  params: {
    appName: appName
    location: location
    resourceToken: resourceToken
    tags: tags
    runtimeName: runtimeName
    runtimeVersion: runtimeVersion
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    enableQueueAndTable: enableQueueAndTable
    principalId: principalId
  }
}

// azd stores these in the environment (.azure/<env>/.env).
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_NAME string = resources.outputs.functionAppName
output SERVICE_API_NAME string = resources.outputs.functionAppName
output SERVICE_API_URI string = 'https://${resources.outputs.functionAppHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = resources.outputs.storageAccountName
output NEXTFUNC_CACHE_CONTAINER string = resources.outputs.cacheContainerName
output APPLICATIONINSIGHTS_CONNECTION_STRING string = resources.outputs.applicationInsightsConnectionString
