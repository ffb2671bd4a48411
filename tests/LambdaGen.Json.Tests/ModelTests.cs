using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using LambdaGen.Generators.Json;
using LambdaGen.Json.Tests.Corpus;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LambdaGen.Json.Tests;

/// <summary>The graph is an equatable, symbol-free model: equivalent sources give equal graphs, so incremental steps cache.</summary>
public sealed class ModelTests
{
    private const string Source = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        namespace App;
        public enum Kind { A, B }
        public sealed record Line(string Sku, int Quantity = 1);
        public sealed class Order
        {
            public required string Id { get; init; }
            [JsonPropertyName("lines")] public List<Line> Items { get; set; } = new();
            public Kind Kind { get; set; }
            public Dictionary<string, decimal?>? Totals { get; set; }
        }
        """;

    [Fact]
    public void Equivalent_sources_give_equal_graphs()
    {
        var reformatted = """
            namespace App
            {
                using System.Text.Json.Serialization;
                using System.Collections.Generic;

                // Declaration order, layout, comments and method bodies do not matter.
                public sealed class Order
                {
                    public required string Id { get; init; }

                    [JsonPropertyName("lines")]
                    public List<Line> Items { get; set; } = new List<Line>();

                    public Kind Kind { get; set; }

                    public Dictionary<string, decimal?>? Totals { get; set; }

                    public override string ToString() => Id;
                }

                public enum Kind { A, B }

                public sealed record Line(string Sku, int Quantity = 1);
            }
            """;
        var first = JsonHarness.Graph(Source, "App.Order");
        var second = JsonHarness.Graph(reformatted, "App.Order");
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(JsonMetadataEmitter.Emit(JsonMetadataEmitter.Merge(new[] { first }, JsonOptionsSpec.Default)), JsonMetadataEmitter.Emit(JsonMetadataEmitter.Merge(new[] { second }, JsonOptionsSpec.Default)));
    }

    [Theory]
    [InlineData("public Kind Kind { get; set; }", "public Kind Kind { get; init; }")]
    [InlineData("[JsonPropertyName(\"lines\")]", "[JsonPropertyName(\"items\")]")]
    [InlineData("int Quantity = 1", "int Quantity = 2")]
    [InlineData("public enum Kind { A, B }", "[JsonConverter(typeof(JsonStringEnumConverter<Kind>))] public enum Kind { A, B }")]
    public void Contract_changes_give_different_graphs(string before, string after)
    {
        Assert.Contains(before, Source, StringComparison.Ordinal);
        Assert.NotEqual(JsonHarness.Graph(Source, "App.Order"), JsonHarness.Graph(Source.Replace(before, after, StringComparison.Ordinal), "App.Order"));
    }

    [Fact]
    public void Merge_dedupes_by_name_and_sorts_ordinally_whatever_the_order_of_graphs()
    {
        var order = JsonHarness.Graph(Source, "App.Order");
        var line = JsonHarness.Graph(Source, "App.Line");
        var a = JsonMetadataEmitter.Merge(new[] { order, line }, JsonOptionsSpec.Default);
        var b = JsonMetadataEmitter.Merge(new[] { line, order, order }, JsonOptionsSpec.Default);
        Assert.Equal(a, b);
        var names = a.Types.Select(static t => t.Name).ToList();
        Assert.Equal(names.OrderBy(static n => n, StringComparer.Ordinal), names);
        Assert.Equal(names.Distinct().Count(), names.Count);
    }

    [Fact]
    public void The_model_holds_no_symbols_syntax_or_locations()
    {
        var compilation = CorpusMetadata.CorpusCompilation("Walk");
        var graph = JsonTypeGraphBuilder.Build(CorpusMetadata.Roots(compilation), compilation, CancellationToken.None);
        var spec = JsonMetadataEmitter.Merge(new[] { graph, JsonHarness.Graph("public sealed class Bad { public object? O { get; set; } public int[,]? M { get; set; } }", "Bad") }, JsonOptionsReader.Read(compilation));
        Assert.NotEmpty(spec.Types);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(spec, "spec", seen);
        Assert.True(seen.Count > 200, seen.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null or string or bool or int or Enum || (!value.GetType().IsValueType && !seen.Add(value)))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or SyntaxTree or Location or Compilation or SemanticModel or AttributeData, path + " holds " + value.GetType());
        var type = value.GetType();
        Assert.True(type.Namespace?.StartsWith("LambdaGen", StringComparison.Ordinal) == true || value is IEnumerable, path + " is " + type);
        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, path + "[" + index++ + "]", seen);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                Walk(property.GetValue(value), path + "." + property.Name, seen);
            }
        }
    }
}
