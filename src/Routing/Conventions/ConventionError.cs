namespace Nextfunc.Routing.Conventions;

/// <summary>A folder-name rule the route file breaks, with the stable diagnostic id it maps to.</summary>
/// <param name="Id">The diagnostic id, for example <c>NXF003</c>.</param>
/// <param name="Message">What is wrong and how to fix it, in the user's words.</param>
internal sealed record ConventionError(string Id, string Message);
