using Xunit.Abstractions;

namespace Nextfunc.Routing.Tests.Middleware;

/// <summary>A serialisable pointer to one row, so xunit lists each row as its own case, named by its id.</summary>
public sealed class ConformanceCase : IXunitSerializable
{
    public ConformanceCase() { }

    public ConformanceCase(string file, int index, string name)
    {
        File = file;
        Index = index;
        Name = name;
    }

    public string File { get; private set; } = "";
    public int Index { get; private set; }
    public string Name { get; private set; } = "";

    public void Deserialize(IXunitSerializationInfo info)
    {
        File = info.GetValue<string>(nameof(File));
        Index = info.GetValue<int>(nameof(Index));
        Name = info.GetValue<string>(nameof(Name));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(File), File);
        info.AddValue(nameof(Index), Index);
        info.AddValue(nameof(Name), Name);
    }

    public override string ToString() => Name;
}
