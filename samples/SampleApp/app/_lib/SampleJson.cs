using System.Text.Json.Serialization;

namespace SampleApp.Lib;

/// <summary>Source-generated JSON metadata: the sample stays Native AOT clean.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(IReadOnlyList<User>))]
[JsonSerializable(typeof(NewUser))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(ApiError))]
public sealed partial class SampleJson : JsonSerializerContext;

public sealed record NewUser(string Name);

/// <summary>A 400 body: <c>{"error": "..."}</c>.</summary>
public sealed record ApiError(string Error);
