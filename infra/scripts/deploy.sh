#!/bin/sh
# Zip-deploys a Nextfunc app folder to the Function App provisioned by main.bicep.
#   infra/scripts/deploy.sh <folder>
# or via azd (postprovision hook) with NEXTFUNC_FUNCTIONAPP_DIR set in the azd environment.
# The folder is one of (both have host.json at the root; docs/azure-functions.md):
#   - isolated worker (default, runtime dotnet-isolated 10.0): the `dotnet publish` output;
#     it holds functions.metadata, worker.config.json, extensions.json and .azurefunctions/.
#   - custom handler (the Native AOT option, runtime custom, or dotnet-isolated): the folder
#     written by `<app> functions-layout <dir>`; its host.json has a customHandler section.
# Needs: zip, Azure CLI logged in. Uses AZURE_RESOURCE_GROUP and AZURE_FUNCTION_NAME
# (azd exports them from the deployment outputs; set them yourself otherwise).
set -eu

dir="${1:-${NEXTFUNC_FUNCTIONAPP_DIR:-}}"
if [ -z "$dir" ]; then
  echo "deploy.sh: no folder given (argument or NEXTFUNC_FUNCTIONAPP_DIR); skipping code deploy."
  exit 0
fi
if [ ! -f "$dir/host.json" ]; then
  echo "deploy.sh: $dir has no host.json; give the dotnet publish output or a functions-layout folder." >&2
  exit 1
fi
if grep -q '"customHandler"' "$dir/host.json"; then
  kind="custom handler (functions-layout folder)"
elif [ -f "$dir/functions.metadata" ] || [ -f "$dir/worker.config.json" ]; then
  kind="isolated worker (dotnet publish output)"
else
  kind="unrecognised folder"
  echo "deploy.sh: warning: $dir has neither functions.metadata/worker.config.json (a dotnet publish" \
    "output) nor a customHandler in host.json (a functions-layout folder); deploying it anyway." >&2
fi
if [ -f "$dir/local.settings.json" ]; then
  echo "deploy.sh: warning: $dir contains local.settings.json, which may hold secrets; it is deployed too." >&2
fi
: "${AZURE_RESOURCE_GROUP:?set AZURE_RESOURCE_GROUP}"
: "${AZURE_FUNCTION_NAME:?set AZURE_FUNCTION_NAME}"
echo "deploy.sh: deploying $dir ($kind) to $AZURE_FUNCTION_NAME."

pkg="$(mktemp -d)/functionapp.zip"
# host.json must sit at the zip root; Info-ZIP keeps Unix modes, so an executable
# named in customHandler.description.defaultExecutablePath stays executable.
(cd "$dir" && zip -qr -X "$pkg" .)
az functionapp deployment source config-zip \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name "$AZURE_FUNCTION_NAME" \
  --src "$pkg"
rm -f "$pkg"
