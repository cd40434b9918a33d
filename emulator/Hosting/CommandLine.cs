using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Fireworks.Emulator.Wire;
using Microsoft.Extensions.Logging;

namespace Fireworks.Emulator.Hosting;

/// <summary>Command-line options and their environment-variable fallbacks (options win).</summary>
internal static class CommandLine
{
    public const string Usage = """
        usage: dotnet run --project emulator -- [options]
          --port N                 loopback port, 0 = any free port (env FIREWORKS_EMULATOR_PORT, default 0)
          --account ID             account id (env FIREWORKS_EMULATOR_ACCOUNT, default emulator-account)
          --api-key KEY            accepted API key, repeatable (env FIREWORKS_EMULATOR_API_KEYS, comma-separated; default fw-emulator-key)
          --ready-delay D          CREATING -> READY (env FIREWORKS_EMULATOR_READY_DELAY, default 3s)
          --update-delay D         UPDATING -> READY (env FIREWORKS_EMULATOR_UPDATE_DELAY, default 3s)
          --delete-delay D         DELETING -> DELETED/gone (env FIREWORKS_EMULATOR_DELETE_DELAY, default 1s)
          --purge-delay D          soft-deleted -> purged (env FIREWORKS_EMULATOR_PURGE_DELAY, default 720h)
          --load-delay D           deployed model DEPLOYING/UPDATING -> DEPLOYED (env FIREWORKS_EMULATOR_LOAD_DELAY, default 2s)
          --unload-delay D         deployed model UNDEPLOYING -> gone (env FIREWORKS_EMULATOR_UNLOAD_DELAY, default 1s)
          --missing-model NAME     a base model that does not exist (FAILED), repeatable (env FIREWORKS_EMULATOR_MISSING_MODELS, comma-separated)
          --region NAME            a region accepted besides the schema's list, repeatable (env FIREWORKS_EMULATOR_REGIONS, comma-separated)
          --lora-model NAME=BASE   a LoRA model and its base model, repeatable (env FIREWORKS_EMULATOR_LORA_MODELS, comma-separated)
          --deployment-shape JSON  a shape as for POST /admin/deploymentShapes, repeatable
          --unavailable-accelerator MODEL=TYPE   create refuses this accelerator type for this base model, repeatable
          --unknown-output-fields  replies carry output fields no client knows (env FIREWORKS_EMULATOR_UNKNOWN_OUTPUT_FIELDS=1)
          --no-delete-while-transitioning   DELETE during CREATING/UPDATING answers 409 ABORTED
          --requests-per-minute N  sliding-window rate limit, 429 beyond it (env FIREWORKS_EMULATOR_REQUESTS_PER_MINUTE)
          --fault JSON             a fault rule as for POST /admin/faults, repeatable
          --seed N                 random seed for generated ids (env FIREWORKS_EMULATOR_SEED)
          --verbose                log every request to stderr (env FIREWORKS_EMULATOR_VERBOSE=1)
          --help                   this text
        durations: 250ms, 2s, 1m30s, 1h or bare seconds
        """;

    /// <summary>The options, or null when help was asked for.</summary>
    /// <exception cref="ArgumentException">An option is unknown or malformed.</exception>
    public static EmulatorOptions? Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var options = new EmulatorOptions();
        ApplyEnvironment(options, environment);
        var keys = new List<string>();
        var missing = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            switch (name)
            {
                case "--help" or "-h":
                    return null;
                case "--port":
                    options.Port = ParseInt(Value(), name);
                    break;
                case "--account":
                    options.AccountId = Value();
                    break;
                case "--api-key":
                    keys.Add(Value());
                    break;
                case "--ready-delay":
                    options.ReadyDelay = HumanDuration.Parse(Value(), name);
                    break;
                case "--update-delay":
                    options.UpdateDelay = HumanDuration.Parse(Value(), name);
                    break;
                case "--delete-delay":
                    options.DeleteDelay = HumanDuration.Parse(Value(), name);
                    break;
                case "--purge-delay":
                    options.PurgeDelay = HumanDuration.Parse(Value(), name);
                    break;
                case "--load-delay":
                    options.LoadDelay = HumanDuration.Parse(Value(), name);
                    break;
                case "--unload-delay":
                    options.UnloadDelay = HumanDuration.Parse(Value(), name);
                    break;
                case "--missing-model":
                    missing.Add(Value());
                    break;
                case "--region":
                    options.ExtraRegions.Add(Value());
                    break;
                case "--lora-model":
                    options.LoraModels.Add(ParseLoraModel(Value(), name));
                    break;
                case "--deployment-shape":
                    options.DeploymentShapes.Add(ParseJson(Value(), name, WireJson.Context.DeploymentShapeDefinition));
                    break;
                case "--unavailable-accelerator":
                    var (model, accelerator) = ParsePair(Value(), name, "MODEL=ACCELERATOR_TYPE");
                    options.UnavailableAccelerators.Add(new UnavailableAccelerator(model, accelerator));
                    break;
                case "--unknown-output-fields":
                    options.UnknownOutputFields = true;
                    break;
                case "--no-delete-while-transitioning":
                    options.AllowDeleteWhileTransitioning = false;
                    break;
                case "--requests-per-minute":
                    options.Faults.Add(new FaultRule { RequestsPerMinute = ParseInt(Value(), name) });
                    break;
                case "--fault":
                    options.Faults.Add(ParseFault(Value()));
                    break;
                case "--seed":
                    options.RandomSeed = ParseInt(Value(), name);
                    break;
                case "--verbose":
                    EnableLogging(options);
                    break;
                default:
                    throw new ArgumentException($"unknown option {name}");
            }
        }

        if (keys.Count > 0)
        {
            options.ApiKeys = keys;
        }

        foreach (var model in missing)
        {
            options.MissingModels.Add(model);
        }

        return options;
    }

    private static void ApplyEnvironment(EmulatorOptions options, Func<string, string?> environment)
    {
        string? Env(string name) => environment("FIREWORKS_EMULATOR_" + name) is { Length: > 0 } value ? value : null;
        static List<string> List(string value) => [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

        options.Port = Env("PORT") is { } port ? ParseInt(port, "FIREWORKS_EMULATOR_PORT") : options.Port;
        options.AccountId = Env("ACCOUNT") ?? options.AccountId;
        options.ApiKeys = Env("API_KEYS") is { } keys ? List(keys) : options.ApiKeys;
        options.ReadyDelay = Env("READY_DELAY") is { } ready ? HumanDuration.Parse(ready, "FIREWORKS_EMULATOR_READY_DELAY") : options.ReadyDelay;
        options.UpdateDelay = Env("UPDATE_DELAY") is { } update ? HumanDuration.Parse(update, "FIREWORKS_EMULATOR_UPDATE_DELAY") : options.UpdateDelay;
        options.DeleteDelay = Env("DELETE_DELAY") is { } delete ? HumanDuration.Parse(delete, "FIREWORKS_EMULATOR_DELETE_DELAY") : options.DeleteDelay;
        options.PurgeDelay = Env("PURGE_DELAY") is { } purge ? HumanDuration.Parse(purge, "FIREWORKS_EMULATOR_PURGE_DELAY") : options.PurgeDelay;
        options.LoadDelay = Env("LOAD_DELAY") is { } load ? HumanDuration.Parse(load, "FIREWORKS_EMULATOR_LOAD_DELAY") : options.LoadDelay;
        options.UnloadDelay = Env("UNLOAD_DELAY") is { } unload ? HumanDuration.Parse(unload, "FIREWORKS_EMULATOR_UNLOAD_DELAY") : options.UnloadDelay;
        options.MissingModels = Env("MISSING_MODELS") is { } missing ? List(missing) : options.MissingModels;
        options.ExtraRegions = Env("REGIONS") is { } regions ? List(regions) : options.ExtraRegions;
        options.LoraModels = Env("LORA_MODELS") is { } loras
            ? [.. List(loras).Select(l => ParseLoraModel(l, "FIREWORKS_EMULATOR_LORA_MODELS"))]
            : options.LoraModels;
        options.UnknownOutputFields = Env("UNKNOWN_OUTPUT_FIELDS") is "1" or "true" || options.UnknownOutputFields;
        options.RandomSeed = Env("SEED") is { } seed ? ParseInt(seed, "FIREWORKS_EMULATOR_SEED") : options.RandomSeed;
        if (Env("REQUESTS_PER_MINUTE") is { } rpm)
        {
            options.Faults.Add(new FaultRule { RequestsPerMinute = ParseInt(rpm, "FIREWORKS_EMULATOR_REQUESTS_PER_MINUTE") });
        }

        if (Env("VERBOSE") is "1" or "true")
        {
            EnableLogging(options);
        }
    }

    private static void EnableLogging(EmulatorOptions options)
    {
        options.LoggerProvider = new StderrLoggerProvider();
        options.MinimumLogLevel = LogLevel.Information;
    }

    private static FaultRule ParseFault(string json) => ParseJson(json, "--fault", WireJson.Context.FaultRule);

    private static T ParseJson<T>(string json, string option, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo) ?? throw new ArgumentException($"{option}: null");
        }
        catch (JsonException error)
        {
            throw new ArgumentException($"{option}: invalid JSON ({error.Message})");
        }
    }

    private static LoraModel ParseLoraModel(string text, string option)
    {
        var (name, baseModel) = ParsePair(text, option, "NAME=BASE_MODEL (e.g. accounts/me/models/my-lora=accounts/fireworks/models/llama-v3p1-8b-instruct)");
        return new LoraModel { Name = name, BaseModel = baseModel };
    }

    private static (string Key, string Value) ParsePair(string text, string option, string form)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && equals < text.Length - 1
            ? (text[..equals].Trim(), text[(equals + 1)..].Trim())
            : throw new ArgumentException($"{option}: \"{text}\" is not {form}");
    }

    private static int ParseInt(string text, string option) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{option}: \"{text}\" is not an integer");
}
