using System.Text.Json.Serialization;

namespace Nextfunc.Tests.Caching.Support;

[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(Product))]
public sealed partial class TestJsonContext : JsonSerializerContext;
