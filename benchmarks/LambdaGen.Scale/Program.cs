using System;
using System.IO;
using LambdaGen.Scale;

// Usage: dotnet run --project benchmarks/LambdaGen.Scale -- <output folder> <N> [<N> ...]
// Writes <output>/n<N>/lambdagen (with the generator) and <output>/n<N>/twin (same user code, no LambdaGen).
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
    Console.WriteLine($"{count} functions -> {folder}");
}

return 0;
