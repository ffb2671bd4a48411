using System;
using System.IO;
using LambdaGen.Scale;

// Usage: dotnet run --project benchmarks/LambdaGen.Scale -- <output folder> <N> [<N> ...]
// Writes <output>/n<N>/lambdagen (with the generator), <output>/n<N>/twin (same user code, no LambdaGen) and
// <output>/n<N>/twin-json (the twin with a hand-written JsonSerializerContext for its types).
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: LambdaGen.Scale <output folder> <function count> [<function count> ...]");
    return 2;
}

var output = Path.GetFullPath(args[0]);
var repo = RepoRoot.Find(AppContext.BaseDirectory);
for (var i = 1; i < args.Length; i++)
{
    var count = int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture);
    var folder = Path.Combine(output, "n" + count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    AppWriter.Write(Path.Combine(folder, "lambdagen"), repo, count, withLambdaGen: true);
    AppWriter.Write(Path.Combine(folder, "twin"), repo, count, withLambdaGen: false);
    AppWriter.Write(Path.Combine(folder, "twin-json"), repo, count, withLambdaGen: false, withJsonContext: true);
    Console.WriteLine($"{count} functions -> {folder}");
}

return 0;
