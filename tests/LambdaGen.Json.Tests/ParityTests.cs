using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LambdaGen.Json.Tests.Corpus;
using Xunit;

namespace LambdaGen.Json.Tests;

/// <summary>LambdaGen's metadata writes the same bytes as System.Text.Json's source generator and reads the same values.</summary>
public sealed class ParityTests
{
    public static TheoryData<string, object> Samples()
    {
        var data = new TheoryData<string, object>();
        foreach (var (name, value) in CorpusSamples.All())
        {
            data.Add(name, value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Serialize_gives_the_same_bytes(string name, object value)
    {
        var type = value.GetType();
        var expected = JsonSerializer.SerializeToUtf8Bytes(value, CorpusMetadata.Stj(type));
        var actual = JsonSerializer.SerializeToUtf8Bytes(value, CorpusMetadata.Ours(type));
        Assert.True(expected.AsSpan().SequenceEqual(actual), name + "\nSTJ:  " + Encoding.UTF8.GetString(expected) + "\nOurs: " + Encoding.UTF8.GetString(actual));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Deserialize_gives_equal_values(string name, object value)
    {
        var type = value.GetType();
        var json = JsonSerializer.SerializeToUtf8Bytes(value, CorpusMetadata.Stj(type));
        var theirs = JsonSerializer.Deserialize(json, CorpusMetadata.Stj(type));
        var ours = JsonSerializer.Deserialize(json, CorpusMetadata.Ours(type));
        Assert.NotNull(ours);
        Assert.Equal(ours!.GetType(), theirs!.GetType());
        if (type.IsValueType || type.GetMethod("<Clone>$") is not null)
        {
            Assert.Equal(theirs, ours); // records and structs: value equality
        }

        // Equal values write equal documents (both with STJ's metadata, so only reading is compared).
        Assert.Equal(
            Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(theirs, CorpusMetadata.Stj(type))),
            Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(ours, CorpusMetadata.Stj(type))));
        _ = name;
    }

    public static TheoryData<string, string> Documents() => new()
    {
        { typeof(Person).FullName!, """{"NAME":"Ann","age":3,"unknown":{"deep":[1,2,{"x":null}]},"other":"\u00e9\ud83d\ude00"}""" },
        { typeof(Order).FullName!, """{"id":"6b0c6a36-3b4e-4b49-9b4a-0c2f1d0e9a11","lines":[{"sku":"a\"b","quantity":2,"unitPrice":1.50}],"status":"Blue","metadata":{"k":"v"},"extra":1}""" },
        { typeof(IgnoreConditions).FullName!, """{"always":"x","whenNull":null,"whenDefault":0,"never":null,"writeSkipped":"w","readSkipped":"r","plain":"p"}""" },
        { typeof(WithExtensionData).FullName!, """{"id":1,"a":[1],"b":{"c":"d"},"e":null}""" },
        { typeof(WithObjectExtensionData).FullName!, """{"name":"n","a":[1],"b":{"c":"d"}}""" },
        { typeof(Drawing).FullName!, """{"shapes":[{"kind":"circle","radius":2,"label":"c"},{"kind":"square","side":3}],"featured":{"kind":"square","side":1}}""" },
        { typeof(Zoo).FullName!, """{"animals":[{"$type":"dog","name":"Rex","barks":true},{"$type":"cat","lives":9}]}""" },
        { typeof(WithDefaults).FullName!, """{"note":"x"}""" },
        { typeof(InitDefaults).FullName!, """{"count":9}""" },
        { typeof(MultiConstructor).FullName!, """{"name":"n","size":4,"extra":"e"}""" },
        { typeof(PersonWithInit).FullName!, """{"name":"N"}""" },
        { typeof(RecordWithAttributes).FullName!, """{"n":"x","nick":null}""" },
        { typeof(Collections).FullName!, """{"set":["a","b"],"iSet":[1],"readOnlyMap":{"a":1},"iMap":{"k":"v"},"collection":[1,2],"readOnlyCollection":[3],"readOnlyList":["x"],"enumerable":[1.5],"iList":[9],"queue":[1,2],"stack":[1,2],"intKeys":{"1":"a"},"guidKeys":{"6b0c6a36-3b4e-4b49-9b4a-0c2f1d0e9a11":true},"longKeys":{"-5":1}}""" },
        { typeof(NodeHolder).FullName!, """{"node":[1,"a"],"object":{"a":{"b":[]}},"array":[null,true],"element":"s","maybeElement":null}""" },
        { typeof(GetOnlyCollection).FullName!, """{"items":[1,2],"name":"x"}""" },
        { typeof(SetsRequired).FullName!, """{}""" },
        { typeof(Mixed).FullName!, """{"owner":{"name":"o","age":1},"tags":["t"],"shape":{"kind":"circle","radius":1}}""" },
        { typeof(NumbersAsStrings).FullName!, """{"a":"5","b":"1.5","c":7,"l":["1",2]}""" },
        { typeof(Immutables).FullName!, """{"array":[5],"list":["x"],"iList":[1,2],"set":["a","a"],"map":{"a":1},"iMap":{"b":{"name":"n","age":2}}}""" },
        { typeof(MemberNumberHandling).FullName!, """{"ratio":"Infinity","price":1.5}""" },
        { typeof(Populated).FullName!, """{"items":[2,3],"replaced":[4]}""" },
        { typeof(PopulatedType).FullName!, """{"names":["b"],"map":{"y":2}}""" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reading_documents_gives_the_same_values(string typeName, string json)
    {
        var type = typeof(Person).Assembly.GetType(typeName)!;
        var theirs = JsonSerializer.Deserialize(json, CorpusMetadata.Stj(type));
        var ours = JsonSerializer.Deserialize(json, CorpusMetadata.Ours(type));
        Assert.Equal(
            JsonSerializer.Serialize(theirs, CorpusMetadata.Stj(type)),
            JsonSerializer.Serialize(ours, CorpusMetadata.Stj(type)));
        Assert.Equal(
            JsonSerializer.Serialize(theirs, CorpusMetadata.Stj(type)),
            JsonSerializer.Serialize(ours, CorpusMetadata.Ours(type)));
    }

    public static TheoryData<string, string> BadDocuments() => new()
    {
        { typeof(RequiredMembers).FullName!, """{"name":"x"}""" },
        { typeof(RequiredMembers).FullName!, """{"count":1}""" },
        { typeof(JsonRequiredHolder).FullName!, """{"code":"c"}""" },
        { typeof(Mixed).FullName!, """{}""" },
        { typeof(Person).FullName!, """{"name":1}""" },
        { typeof(Order).FullName!, """{"status":"Purple"}""" },
        { typeof(Order).FullName!, """{"lines":{}}""" },
        { typeof(AllPrimitives).FullName!, """{"byte":300}""" },
        { typeof(Drawing).FullName!, """{"featured":{"kind":"triangle"}}""" },
        { typeof(Drawing).FullName!, """{"featured":{"side":1}}""" },
        { typeof(Person).FullName!, """{"name":"x",}""" },
        { typeof(TreeNode).FullName!, """[]""" },
        { typeof(StrictShape).FullName!, """{"a":1,"b":2}""" },
        { typeof(NumbersAsStrings).FullName!, """{"c":"7"}""" },
        { typeof(MemberNumberHandling).FullName!, """{"ratio":"1.5"}""" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Bad_documents_fail_with_the_same_exception_type(string typeName, string json)
    {
        var type = typeof(Person).Assembly.GetType(typeName)!;
        var theirs = Record.Exception(() => JsonSerializer.Deserialize(json, CorpusMetadata.Stj(type)));
        var ours = Record.Exception(() => JsonSerializer.Deserialize(json, CorpusMetadata.Ours(type)));
        Assert.NotNull(theirs);
        Assert.NotNull(ours);
        Assert.Equal(theirs!.GetType(), ours!.GetType());
    }

    [Fact]
    public void The_corpus_has_at_least_forty_types()
    {
        var count = 0;
        foreach (var type in typeof(Person).Assembly.GetTypes())
        {
            if ((type.IsPublic || type.IsNestedPublic) && type.Namespace == typeof(Person).Namespace && type != typeof(CorpusContext) && !type.Name.Contains("Converter", StringComparison.Ordinal))
            {
                count++;
            }
        }

        Assert.True(count >= 40, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("LambdaGen.Json.Tests.Corpus.Shape", CorpusMetadata.Source, StringComparison.Ordinal);
    }
}
