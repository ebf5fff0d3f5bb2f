using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Serverless.FunctionsHost.Settings;

/// <summary>
/// Binds <see cref="ServerlessOptions"/> from the <c>Serverless</c> section with the configuration binding source
/// generator (no reflection, so Native AOT keeps working). A value that does not convert ("10MB" for a number)
/// becomes the same kind of start error as a value out of range, naming the setting and what it allows.
/// </summary>
internal sealed class ServerlessOptionsBinding(IConfiguration configuration) : IConfigureOptions<ServerlessOptions>
{
    public void Configure(ServerlessOptions options)
    {
        var section = configuration.GetSection(ServerlessOptions.SectionName);
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException e) when (UnconvertibleSetting(e) is { } rule)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ServerlessOptions), [rule.Problem(configuration[rule.Key])]);
        }

        // An environment variable or a local.settings.json value is one string: "api.example.com, localhost:3001".
        var hosts = options.Rewrites.AllowedHosts.Append(configuration[SettingRules.RewritesAllowedHosts.Key] ?? "")
            .SelectMany(h => h.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        options.Rewrites.AllowedHosts = hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The binder names the key it could not convert ("… at 'Serverless:Cache:LockSeconds' to type …").</summary>
    private static SettingRule? UnconvertibleSetting(InvalidOperationException e) =>
        e.InnerException is null ? null : SettingRules.All.FirstOrDefault(r => e.Message.Contains($"'{r.Key}'", StringComparison.OrdinalIgnoreCase));
}
