using System;
using System.Text.Json;
using LambdaGen.Generated;
using Smoke;

// Reads and writes every smoke type through the generated metadata; exits non-zero on any difference.
const string json = """{"items":[{"id":1,"title":"a","priority":"High","due":null,"tags":["x"]}],"total":1,"next_token":"n","counts":{"a":1},"ids":["6b0c6a36-3b4e-4b49-9b4a-0c2f1d0e9a11"],"priorities":["Low"],"shape":{"type":"rect","width":2,"height":3,"name":null},"origin":{"x":1,"y":2},"corner":null,"amount":1.5,"day":"2026-11-23","elapsed":"00:00:01","link":"https://example.com/","blob":"AQI=","node":{"a":[1]},"code":"ABC","unknown":true}""";
var page = JsonSerializer.Deserialize(json, LambdaGenJson.Get<Page>())!;
var written = JsonSerializer.Serialize(page, LambdaGenJson.Get<Page>());
if (written != json)
{
    Console.Error.WriteLine("Mismatch:\n" + json + "\n" + written);
    return 1;
}

var primitive = JsonSerializer.Serialize(42, LambdaGenJson.Get<int>()) + JsonSerializer.Serialize("s", LambdaGenJson.Get<string>());
Console.WriteLine("ok " + primitive + " reflection=" + JsonSerializer.IsReflectionEnabledByDefault);
return primitive == "42\"s\"" && !JsonSerializer.IsReflectionEnabledByDefault ? 0 : 2;
