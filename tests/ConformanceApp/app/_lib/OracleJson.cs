using System.Text.Json.Serialization;

namespace ConformanceApp.Lib;

/// <summary>Source-generated JSON metadata for values stored in the data cache.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TaggedValue))]
public sealed partial class OracleJson : JsonSerializerContext;
