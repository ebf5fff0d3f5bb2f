#!/bin/sh
# Zip-deploys the function-app folder (written by the Serverless layout command) to the
# Function App provisioned by main.bicep.
#   infra/scripts/deploy.sh <function-app-folder>
# or via azd (postprovision hook) with SERVERLESS_FUNCTIONAPP_DIR set in the azd environment.
# Needs: zip, Azure CLI logged in. Uses AZURE_RESOURCE_GROUP and AZURE_FUNCTION_NAME
# (azd exports them from the deployment outputs; set them yourself otherwise).
set -eu

dir="${1:-${SERVERLESS_FUNCTIONAPP_DIR:-}}"
if [ -z "$dir" ]; then
  echo "deploy.sh: no function-app folder given (argument or SERVERLESS_FUNCTIONAPP_DIR); skipping code deploy."
  exit 0
fi
if [ ! -f "$dir/host.json" ]; then
  echo "deploy.sh: $dir has no host.json; is it the function-app folder?" >&2
  exit 1
fi
: "${AZURE_RESOURCE_GROUP:?set AZURE_RESOURCE_GROUP}"
: "${AZURE_FUNCTION_NAME:?set AZURE_FUNCTION_NAME}"

pkg="$(mktemp -d)/functionapp.zip"
# host.json must sit at the zip root; Info-ZIP keeps Unix modes, so an executable
# named in customHandler.description.defaultExecutablePath stays executable.
(cd "$dir" && zip -qr -X "$pkg" .)
az functionapp deployment source config-zip \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name "$AZURE_FUNCTION_NAME" \
  --src "$pkg"
rm -f "$pkg"
