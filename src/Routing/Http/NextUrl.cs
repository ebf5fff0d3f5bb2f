namespace Nextfunc.Routing.Http;

/// <summary>
/// <c>request.nextUrl</c>: the request URL as <c>new URL()</c> reads it: the pathname still percent-encoded
/// (dot segments resolved), the <see cref="Search"/> as received, and parsed <see cref="SearchParams"/>.
/// <see cref="Clone"/> gives a copy to edit for a redirect or rewrite that keeps the query.
/// </summary>
/// <example>
/// <code>
/// var url = request.NextUrl.Clone();
/// url.Pathname = "/about/new";          // keeps ?query
/// return NextResponse.Redirect(url);
/// </code>
/// </example>
public sealed class NextUrl
{
    private string _search;
    private SearchParams? _searchParams;

    /// <summary>Creates a URL from its parts; <paramref name="origin"/> is <c>scheme://host[:port]</c>.</summary>
    public NextUrl(string origin, string pathname, string search)
    {
        Origin = origin;
        Pathname = pathname;
        _search = search == "?" ? "" : search;
    }

    /// <summary><c>http://localhost:PORT</c>, as Next.js reports it (the Host header is not trusted).</summary>
    public string Origin { get; set; }

    /// <summary>
    /// <c>basePath</c> of <c>next.config.cs</c> (<c>/docs</c>), or "": <see cref="Pathname"/> leaves it out, <see cref="Href"/>
    /// puts it back, so a redirect to an edited clone stays under it.
    /// </summary>
    public string BasePath { get; set; } = "";

    /// <summary>The path, percent-encoded as received (<c>/api/users/a%2Fb</c>), with dot segments resolved (<c>/a/./b</c> is <c>/a/b</c>).</summary>
    public string Pathname { get; set; }

    /// <summary>
    /// The query with its <c>?</c> as received, or "" for none (a bare <c>?</c> also gives ""). Reading
    /// <see cref="SearchParams"/> leaves it alone; editing them re-serialises it, as <c>URL.searchParams</c> does.
    /// </summary>
    public string Search
    {
        get => _search;
        set
        {
            _search = value == "?" ? "" : value.Length > 0 && value[0] != '?' ? "?" + value : value;
            _searchParams = null;
        }
    }

    /// <summary>The parsed query. Editing it changes <see cref="Search"/>.</summary>
    public SearchParams SearchParams => _searchParams ??= Attach(new SearchParams(_search));

    /// <summary>The whole URL, <see cref="BasePath"/> included.</summary>
    public string Href => Origin + BasePath + Pathname + Search;

    /// <summary>A copy to edit.</summary>
    public NextUrl Clone() => new(Origin, Pathname, Search) { BasePath = BasePath };

    /// <summary>The URL as an absolute <see cref="Uri"/>.</summary>
    public Uri ToUri() => new(Href);

    /// <inheritdoc />
    public override string ToString() => Href;

    private SearchParams Attach(SearchParams searchParams)
    {
        searchParams.Changed = () =>
        {
            if (!ReferenceEquals(searchParams, _searchParams)) return; // detached by a later Search assignment
            var s = searchParams.ToString();
            _search = s.Length == 0 ? "" : "?" + s;
        };
        return searchParams;
    }
}
