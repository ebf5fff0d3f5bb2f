// Flex Consumption (FC1, Linux) plan + Function App for a Nextfunc app. With the default
// dotnet-isolated stack the host starts the app as an isolated worker (worker.config.json) and
// forwards HTTP to the worker's own Kestrel. With a custom-handler folder (host.json customHandler)
// the host starts the executable named in customHandler.description.defaultExecutablePath and
// proxies HTTP to it. The deployed folder decides; this module only sets the stack.

param planName string
param functionAppName string
param location string = resourceGroup().location
param tags object = {}

@description('Tag value azd uses to find the app for a service (azd-service-name).')
param serviceName string = 'api'

@description('Resource ID of the user-assigned identity used for storage, deployment and App Insights.')
param identityId string

@description('Client ID of that identity.')
param identityClientId string

param storageBlobEndpoint string
param storageQueueEndpoint string = ''
param storageTableEndpoint string = ''

@description('Blob container that Flex reads the deployment package from.')
param deploymentContainerName string

param applicationInsightsConnectionString string

@description('Flex runtime stack: dotnet-isolated for the isolated worker (default) or a customHandler host.json, custom for a self-contained or Native AOT custom handler. See main.bicep.')
@allowed([
  'dotnet-isolated'
  'custom'
])
param runtimeName string

param runtimeVersion string

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Extra app settings, merged over the defaults.')
param appSettings object = {}

// Flex Consumption does not accept FUNCTIONS_WORKER_RUNTIME / FUNCTIONS_EXTENSION_VERSION
// (the stack comes from functionAppConfig.runtime), so they are not set here.
var storageSettings = union(
  {
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
  },
  empty(storageQueueEndpoint) ? {} : { AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint },
  empty(storageTableEndpoint) ? {} : { AzureWebJobsStorage__tableServiceUri: storageTableEndpoint }
)

var monitoringSettings = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  // Entra ID auth for telemetry (App Insights local auth is disabled).
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true // Linux
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
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
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: runtimeName
        version: runtimeVersion
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: union(appSettings, storageSettings, monitoringSettings)
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
output planId string = plan.id
