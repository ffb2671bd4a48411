#!/usr/bin/env bash
# Generates a LambdaGen application of N handler files (default 500) that exercises every hygiene analyzer:
# static and instance functions, HTTP routes and triggers, shared clients, helpers a few calls deep, statics,
# outbound calls with and without tokens, and a sprinkling of real violations.
# Usage: generate.sh OUT_DIR [FILE_COUNT]
set -euo pipefail
out=${1:?usage: generate.sh OUT_DIR [FILE_COUNT]}
count=${2:-500}
repo=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out/Handlers"

cat > "$out/Bench.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <OutputType>Library</OutputType>
    <NoWarn>\$(NoWarn);CS1998;CS0414;CS0169;CS0649</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$repo/src/LambdaGen/bin/Release/net10.0/LambdaGen.dll" />
    <Analyzer Include="$repo/src/LambdaGen.Generators/bin/Release/netstandard2.0/LambdaGen.Generators.dll" />
    <PackageReference Include="AWSSDK.S3" Version="4.0.104.11" />
    <PackageReference Include="AWSSDK.DynamoDBv2" Version="4.0.110.2" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection.Abstractions" Version="8.0.2" />
  </ItemGroup>
</Project>
EOF

cat > "$out/App.cs" <<'EOF'
[assembly: LambdaGen.LambdaApplication("bench", DefaultTimeout = 20, HttpApiTimeout = 25)]
EOF

for i in $(seq 1 "$count"); do
  kind=$((i % 5))
  case $kind in
    0) attr="[HttpGet(\"/items$i/{id}\")]" ;;
    1) attr="[LambdaFunction(Timeout = 60)] [SqsTrigger(\"@Queue$i\")]" ;;
    2) attr="[HttpPost(\"/items$i\")]" ;;
    3) attr="[LambdaFunction(Timeout = 120)] [ScheduleTrigger(\"rate(1 hour)\")]" ;;
    4) attr="[SnsTrigger(\"@Topic$i\")]" ;;
  esac
  # One file in ten carries a real violation so the reporting paths run too.
  if (( i % 10 == 0 )); then
    violation="_last = request.Name; using var extra = new HttpClient();"
  else
    violation="var local = new List<string> { request.Name };"
  fi
  cat > "$out/Handlers/Handler$i.cs" <<EOF
using System.Collections.Concurrent;
using System.Net.Http.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.S3;
using LambdaGen;

namespace Bench.Handlers$i;

public sealed record Request$i(string Id, string Name, int Quantity);
public sealed record Response$i(string Id, int Total);

internal static class Store$i
{
    private static readonly ConcurrentDictionary<string, int> Cache = new(StringComparer.Ordinal);
    private static readonly AmazonDynamoDBClient Dynamo = new();

    public static async Task<int> Save(Request$i request, CancellationToken ct)
    {
        var item = new Dictionary<string, AttributeValue> { ["id"] = new AttributeValue { S = request.Id } };
        await Dynamo.PutItemAsync("table$i", item, ct);
        return Cache.AddOrUpdate(request.Id, request.Quantity, (_, old) => old + request.Quantity);
    }

    public static string Describe(Request$i request) => Format(request.Name, request.Quantity);

    private static string Format(string name, int quantity) => name + ":" + quantity.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public static class Handler$i
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private static readonly Lazy<AmazonS3Client> S3 = new(() => new AmazonS3Client());
    private static string? _last;
    private const int Limit = $i;

    $attr
    public static async Task<Response$i> Run(Request$i request, ILambdaContext context, CancellationToken ct)
    {
        $violation
        var total = await Store$i.Save(request, ct);
        var body = await Http.GetStringAsync("https://example.com/$i/" + request.Id, ct);
        context.Logger.LogInformation(Store$i.Describe(request) + body.Length);
        var tasks = new[] { Task.FromResult(1), Task.FromResult(2) };
        await Task.WhenAll(tasks);
        return new Response$i(request.Id, total + tasks[0].Result + Math.Min(Limit, request.Quantity));
    }
}
EOF
done
echo "generated $count handler files in $out"
