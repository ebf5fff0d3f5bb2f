using System.Collections.Generic;

namespace Nextfunc.Routing.Conventions;

/// <summary>What a file under <c>app/</c> declares: its kind, its URL and any folder-name errors.</summary>
/// <param name="Kind">route, sitemap or robots.</param>
/// <param name="Pattern">The URL it serves.</param>
/// <param name="Errors">Folder-name rules it breaks; empty when valid.</param>
internal sealed record RouteFile(RouteFileKind Kind, RoutePattern Pattern, IReadOnlyList<ConventionError> Errors);
