namespace Serverless.FunctionApp.Tests.Support;

/// <summary>A fact that runs only when <c>SERVERLESS_HOSTMODEL_APP</c> names a built app (its .dll); skipped otherwise.</summary>
public sealed class ConformanceFactAttribute : FactAttribute
{
    /// <summary>The variable holding the app's .dll path.</summary>
    public const string AppVariable = "SERVERLESS_HOSTMODEL_APP";

    /// <summary>Skips unless the variable is set.</summary>
    public ConformanceFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(AppVariable)))
            Skip = $"set {AppVariable}=path/to/App.dll (e.g. tests/ConformanceApp/bin/Debug/net10.0/ConformanceApp.dll) to run the conformance suite through the host model";
    }
}
