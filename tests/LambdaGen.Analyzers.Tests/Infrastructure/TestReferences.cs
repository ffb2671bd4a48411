using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Analyzers.Tests.Infrastructure;

/// <summary>Metadata references for test compilations: .NET 8 reference assemblies, the LambdaGen runtime and the AWS SDK.</summary>
internal static class TestReferences
{
    public static ImmutableArray<MetadataReference> All { get; } = Create();

    private static ImmutableArray<MetadataReference> Create()
    {
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        builder.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in new[]
                 {
                     typeof(LambdaGen.LambdaFunctionAttribute),
                     typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
                     typeof(Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions),
                     typeof(Amazon.Runtime.AmazonServiceClient),
                     typeof(Amazon.S3.AmazonS3Client),
                     typeof(Amazon.SQS.AmazonSQSClient),
                     typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient),
                 })
        {
            if (seen.Add(type.Assembly.Location))
                builder.Add(MetadataReference.CreateFromFile(type.Assembly.Location));
        }

        return builder.ToImmutable();
    }
}
