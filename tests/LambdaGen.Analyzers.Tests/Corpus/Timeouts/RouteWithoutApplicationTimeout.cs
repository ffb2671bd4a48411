using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaGen.LambdaApplication("todo", DefaultMemorySize = 512)]

public sealed record Todo(int Id, string Title);

public static class Todos
{
    [HttpGet("/todos/{id}")] // expect: LG1003
    public static Todo Get(int id) => new(id, "title");

    [HttpDelete("/todos/{id}")] // expect: LG1003
    public static void Delete(int id) { }
}
