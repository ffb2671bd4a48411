// The fixtures publish samples and pack the package, which all build the same src/ projects: run them one at a
// time so that no two builds write the same obj/ and bin/ files at once.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
