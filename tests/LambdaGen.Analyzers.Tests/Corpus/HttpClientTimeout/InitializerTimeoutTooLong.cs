using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;

public static class Translate
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) }; // expect: LG1008

    [LambdaFunction(Timeout = 20)]
    [SqsTrigger("@TranslateQueue")]
    public static Task<string> Run(string text, CancellationToken ct) => Http.GetStringAsync("https://translate.example.com/?q=" + text, ct);
}
