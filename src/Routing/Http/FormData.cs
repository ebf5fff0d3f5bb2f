using Microsoft.AspNetCore.Http;

namespace Nextfunc.Routing.Http;

/// <summary>
/// <c>request.formData()</c>: urlencoded and multipart bodies alike. <see cref="Entries"/> lists every
/// field and file in order, repeated names included.
/// </summary>
/// <example><c>var form = await request.FormDataAsync(); var name = form.Get("name");</c></example>
public sealed class FormData(IFormCollection form)
{
    /// <summary>The first text value of a field, or null.</summary>
    public string? Get(string name) => form.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null;

    /// <summary>Every text value of a field.</summary>
    public IReadOnlyList<string> GetAll(string name) => form.TryGetValue(name, out var v) ? v.Select(s => s ?? "").ToArray() : [];

    /// <summary>True when the field or a file with that name is present.</summary>
    public bool Has(string name) => form.ContainsKey(name) || form.Files.GetFile(name) is not null;

    /// <summary>The uploaded files.</summary>
    public IFormFileCollection Files => form.Files;

    /// <summary>Every entry: text fields as strings, files as <see cref="IFormFile"/>.</summary>
    public IEnumerable<KeyValuePair<string, object>> Entries =>
        form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, object>(f.Key, v ?? "")))
            .Concat(form.Files.Select(f => new KeyValuePair<string, object>(f.Name, f)));
}
