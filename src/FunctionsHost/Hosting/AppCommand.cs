namespace Nextfunc.Hosting;

/// <summary>What the app executable was asked to do: serve, or one of the build/deploy commands.</summary>
/// <param name="Name">serve, routes, ...</param>
/// <param name="Arguments">The command's own arguments.</param>
internal sealed record AppCommand(string Name, IReadOnlyList<string> Arguments)
{
    /// <summary>Serve HTTP (the default).</summary>
    public static readonly AppCommand Serve = new("serve", []);

    /// <summary>The commands an app understands, with a line of help each.</summary>
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>
    {
        ["routes"] = "print the function table (name, verb, URL pattern, static or dynamic, source file)",
        ["functions-layout"] = "write the Azure Functions custom-handler folder: functions-layout <output-dir> [with-symbols]",
        ["prerender"] = "render every static GET into the output cache (run after deploying)",
        ["openapi"] = "print the OpenAPI 3.1 document written from the route files, or write it: openapi [output-file]",
    };

    /// <summary>Splits the command (first argument, when it is a known command) from the host's arguments.</summary>
    public static (AppCommand Command, string[] HostArgs) Parse(string[] args)
    {
        if (args.Length > 0 && Known.ContainsKey(args[0]))
        {
            var own = args.Skip(1).TakeWhile(a => !a.StartsWith("--")).ToArray();
            return (new AppCommand(args[0], own), args.Skip(1 + own.Length).ToArray());
        }
        return (Serve, args);
    }
}
