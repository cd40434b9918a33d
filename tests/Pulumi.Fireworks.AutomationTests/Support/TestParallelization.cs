// Each test drives the Pulumi CLI, the plugin and the .NET language host: one at a time on a small machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
