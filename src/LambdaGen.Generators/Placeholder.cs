namespace LambdaGen.Generators; internal static class Placeholder {}
