// Shape of Amazon.Lambda.Serialization.SystemTextJson 2.4 (public API as documented by AWS). Test stub, not AWS code.
using System.IO;
using System.Text.Json;
using Amazon.Lambda.Core;

namespace Amazon.Lambda.Serialization.SystemTextJson
{
    public class DefaultLambdaJsonSerializer : ILambdaSerializer
    {
        private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

        public T Deserialize<T>(Stream requestStream) => JsonSerializer.Deserialize<T>(requestStream, Options);

        public void Serialize<T>(T response, Stream responseStream) => JsonSerializer.Serialize(responseStream, response, Options);
    }
}
