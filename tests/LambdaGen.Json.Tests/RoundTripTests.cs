using System;
using System.Text.Json;
using Xunit;

namespace LambdaGen.Json.Tests;

public sealed class RoundTripTests
{
    private const string Todo = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        namespace App;
        public enum Priority { Low, High }
        public sealed class Todo
        {
            public int Id { get; set; }
            public string Title { get; set; } = "";
            public string? Note { get; set; }
            public bool Done { get; set; }
            public Priority Priority { get; set; }
            public DateTime? Due { get; set; }
            public List<string> Tags { get; set; } = new();
            public Dictionary<string, int>? Counts { get; set; }
            public Owner[]? Owners { get; set; }
            [JsonPropertyName("ext_id")] public Guid ExternalId { get; set; }
            [JsonIgnore] public string Secret { get; set; } = "s";
        }
        public record Owner(string Name, int Age);
        public struct Point { public int X { get; set; } public int Y { get; set; } }
        public sealed class Lists
        {
            public IList<int>? A { get; set; }
            public IReadOnlyList<int>? B { get; set; }
            public IEnumerable<int>? C { get; set; }
            public Point P { get; set; }
            public Point? Q { get; set; }
        }
        """;

    [Fact]
    public void Object_with_primitives_enums_collections_and_records_round_trips_in_camel_case()
    {
        var generated = JsonHarness.Build(Todo, "App.Todo");
        const string json = """{"id":7,"title":"Buy \u0022milk\u0022","note":null,"done":true,"priority":"High","due":"2026-01-02T03:04:05","tags":["a","b"],"counts":{"x":1},"owners":[{"name":"Ann","age":30}],"ext_id":"6b0c6a36-3b4e-4b49-9b4a-0c2f1d0e9a11"}""";
        Assert.Equal(json, generated.RoundTrip("App.Todo", json));
    }

    [Fact]
    public void JsonIgnore_member_is_neither_written_nor_read()
    {
        var generated = JsonHarness.Build(Todo, "App.Todo");
        var value = generated.Read("App.Todo", """{"secret":"x","title":"t"}""");
        Assert.Equal("s", value!.GetType().GetProperty("Secret")!.GetValue(value));
        Assert.DoesNotContain("secret", generated.Write("App.Todo", value), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Interface_collections_structs_and_nullable_structs_round_trip()
    {
        var generated = JsonHarness.Build(Todo, "App.Lists");
        const string json = """{"a":[1,2],"b":[3],"c":[4,5],"p":{"x":1,"y":2},"q":{"x":3,"y":4}}""";
        Assert.Equal(json, generated.RoundTrip("App.Lists", json));
        Assert.Equal("""{"a":null,"b":null,"c":null,"p":{"x":0,"y":0},"q":null}""", generated.RoundTrip("App.Lists", "{}"));
    }

    [Theory]
    [InlineData("System.String", "\"a\\u0022b\"")]
    [InlineData("System.Int32", "42")]
    [InlineData("System.Boolean", "true")]
    [InlineData("System.Guid", "\"6b0c6a36-3b4e-4b49-9b4a-0c2f1d0e9a11\"")]
    [InlineData("System.DateTime", "\"2026-01-02T03:04:05Z\"")]
    [InlineData("System.Byte[]", "\"AQID\"")]
    [InlineData("System.Text.Json.JsonElement", "{\"a\":[1,true,null]}")]
    [InlineData("System.Text.Json.Nodes.JsonNode", "{\"a\":[1,true,null]}")]
    public void Primitive_roots_work_through_the_built_in_resolver(string typeName, string json)
    {
        var generated = JsonHarness.Build("namespace App; public sealed class Unused { }", "App.Unused");
        var type = generated.Resolve(typeName);
        var info = generated.Get(type);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, info), info));
    }

    [Fact]
    public void Options_are_read_only_and_reflection_is_never_used()
    {
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault); // the test project runs with reflection disabled
        var generated = JsonHarness.Build(Todo, "App.Todo");
        Assert.True(generated.Options.IsReadOnly);
        // A type outside the metadata fails instead of silently falling back to reflection.
        Assert.ThrowsAny<NotSupportedException>(() => generated.Options.GetTypeInfo(typeof(Uri[][])));
    }
}
