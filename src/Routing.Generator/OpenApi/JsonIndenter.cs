using System.Text;

namespace Nextfunc.Routing.Generator.OpenApi;

/// <summary>Indents compact JSON (two spaces, one member per line) so the generated document reads and diffs well.</summary>
internal static class JsonIndenter
{
    public static string Indent(string json)
    {
        var sb = new StringBuilder(json.Length * 2);
        var depth = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                sb.Append(c);
                if (c == '\\') sb.Append(json[++i]);
                else if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"':
                    inString = true;
                    sb.Append(c);
                    break;
                case '{' or '[' when i + 1 < json.Length && (json[i + 1] == '}' || json[i + 1] == ']'):
                    sb.Append(c).Append(json[++i]); // {} and [] stay on one line
                    break;
                case '{' or '[':
                    sb.Append(c).Append('\n').Append(' ', ++depth * 2);
                    break;
                case '}' or ']':
                    sb.Append('\n').Append(' ', --depth * 2).Append(c);
                    break;
                case ',':
                    sb.Append(",\n").Append(' ', depth * 2);
                    break;
                case ':':
                    sb.Append(": ");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
