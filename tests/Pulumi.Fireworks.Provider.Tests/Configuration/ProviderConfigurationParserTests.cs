using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;

namespace Pulumi.Fireworks.Provider.Tests.Configuration;

public sealed class ProviderConfigurationParserTests
{
    private static readonly ImmutableDictionary<string, string> NoVariables =
        ImmutableDictionary<string, string>.Empty;

    [Fact]
    public void Check_EmptyConfiguration_HasNoFailures()
    {
        var result = ProviderConfigurationParser.Check(PropertyValue.EmptyMap);

        Assert.Empty(result.Failures);
    }

    [Fact]
    public void Check_ValidValuesAsStackConfigStrings_HaveNoFailures()
    {
        var news = Map(
            ("apiKey", Text("fw-key")),
            ("accountId", Text("my-team")),
            ("baseUrl", Text("http://127.0.0.1:5123")),
            ("requestTimeout", Text("90s")),
            ("maxRetries", Text("3")),
            ("requestsPerMinute", Text("600")),
            ("version", Text("0.1.0")));

        var result = ProviderConfigurationParser.Check(news);

        Assert.Empty(result.Failures);
    }

    [Fact]
    public void Check_PlainApiKey_IsReturnedSecret()
    {
        var result = ProviderConfigurationParser.Check(Map(("apiKey", Text("fw-key"))));

        Assert.Equal(Secret(Text("fw-key")), result.Inputs["apiKey"]);
    }

    [Fact]
    public void Check_UnrecognisedKeysAndVersion_AreKeptAsGiven()
    {
        var news = Map(("version", Text("0.1.0")), ("pluginDownloadURL", Text("https://example.invalid")),
            ("maxRetries", Text("3")));

        var result = ProviderConfigurationParser.Check(news);

        Assert.Equal(news, result.Inputs);
    }

    [Fact]
    public void Check_EmptyApiKey_FailsWithoutNamingThePropertyOrShowingTheValue()
    {
        var result = ProviderConfigurationParser.Check(Map(("apiKey", Secret(Text(" ")))));

        var failure = Assert.Single(result.Failures);
        Assert.Equal(string.Empty, failure.Property);
        Assert.Contains("apiKey", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("maxRetries", "21", "from 0 to 20")]
    [InlineData("maxRetries", "2.5", "from 0 to 20")]
    [InlineData("maxRetries", "many", "from 0 to 20")]
    [InlineData("requestsPerMinute", "9", "from 10 to 6000")]
    [InlineData("requestsPerMinute", "6001", "from 10 to 6000")]
    [InlineData("requestTimeout", "soon", "duration")]
    [InlineData("requestTimeout", "0s", "duration")]
    [InlineData("requestTimeout", "2h", "at most 1h")]
    [InlineData("baseUrl", "ftp://api.fireworks.ai", "http or https")]
    [InlineData("baseUrl", "api.fireworks.ai", "http or https")]
    [InlineData("accountId", "a/b", "account id")]
    public void Check_InvalidValue_FailsNamingThePropertyAndTheAllowedValues(string key, string value, string rule)
    {
        var result = ProviderConfigurationParser.Check(Map((key, Text(value))));

        var failure = Assert.Single(result.Failures);
        Assert.Equal(key, failure.Property);
        Assert.Contains(key, failure.Reason, StringComparison.Ordinal);
        Assert.Contains(rule, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NumbersAsNumbers_AreAccepted()
    {
        var result = ProviderConfigurationParser.Check(Map(
            ("maxRetries", Number(0)), ("requestsPerMinute", Number(6000)), ("requestTimeout", Number(30))));

        Assert.Empty(result.Failures);
    }

    [Fact]
    public void Check_UnknownValues_AreNotValidatedAndStayUnknown()
    {
        var news = Map(("maxRetries", PropertyValue.Unknown), ("baseUrl", PropertyValue.Unknown));

        var result = ProviderConfigurationParser.Check(news);

        Assert.Empty(result.Failures);
        Assert.Equal(PropertyValue.Unknown, result.Inputs["maxRetries"]);
    }

    [Fact]
    public void Parse_ValuesFromArgs_AreUsedWithSecretsUnwrapped()
    {
        var args = Map(
            ("apiKey", Secret(Text("fw-key"))),
            ("accountId", Text("my-team")),
            ("baseUrl", Text("http://127.0.0.1:5123")),
            ("requestTimeout", Text("1m30s")),
            ("maxRetries", Text("2")),
            ("requestsPerMinute", Number(120)));

        var configuration = ProviderConfigurationParser.Parse(args, NoVariables, FakeEnvironment.Empty);

        Assert.Equal(
            new ProviderConfiguration("fw-key", "my-team", new Uri("http://127.0.0.1:5123"),
                TimeSpan.FromSeconds(90), 2, 120),
            configuration);
    }

    [Fact]
    public void Parse_NothingButCredentials_UsesTheDefaults()
    {
        var args = Map(("apiKey", Text("fw-key")), ("accountId", Text("my-team")));

        var configuration = ProviderConfigurationParser.Parse(args, NoVariables, FakeEnvironment.Empty);

        Assert.Equal(new Uri("https://api.fireworks.ai"), configuration.BaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(60), configuration.RequestTimeout);
        Assert.Equal(5, configuration.MaxRetries);
        Assert.Equal(6000, configuration.RequestsPerMinute);
        Assert.True(configuration.RequestsPerMinuteIsDefault);
        Assert.Null(configuration.ToldRequestsPerMinute);
    }

    [Fact]
    public void Parse_RequestsPerMinuteSetEvenToTheCeiling_IsTold()
    {
        var args = Map(("apiKey", Text("fw-key")), ("accountId", Text("my-team")), ("requestsPerMinute", Text("6000")));

        var configuration = ProviderConfigurationParser.Parse(args, NoVariables, FakeEnvironment.Empty);

        Assert.False(configuration.RequestsPerMinuteIsDefault);
        Assert.Equal(6000, configuration.ToldRequestsPerMinute);
    }

    [Fact]
    public void Parse_RequestsPerMinuteFromTheVariablesMap_IsTold()
    {
        var variables = ImmutableDictionary<string, string>.Empty.Add("fireworks:config:requestsPerMinute", "30");

        var configuration = ProviderConfigurationParser.Parse(
            Map(("apiKey", Text("fw-key")), ("accountId", Text("my-team"))), variables, FakeEnvironment.Empty);

        Assert.Equal(30, configuration.ToldRequestsPerMinute);
    }

    [Fact]
    public void Parse_MissingCredentials_FallBackToTheEnvironment()
    {
        var environment = new FakeEnvironment(
            ("FIREWORKS_API_KEY", "env-key"), ("FIREWORKS_ACCOUNT_ID", "env-team"),
            ("FIREWORKS_BASE_URL", "http://127.0.0.1:9"));

        var configuration = ProviderConfigurationParser.Parse(PropertyValue.EmptyMap, NoVariables, environment);

        Assert.Equal("env-key", configuration.ApiKey);
        Assert.Equal("env-team", configuration.AccountId);
        Assert.Equal(new Uri("http://127.0.0.1:9"), configuration.BaseUrl);
    }

    [Fact]
    public void Parse_ArgsWinOverTheEnvironment()
    {
        var environment = new FakeEnvironment(("FIREWORKS_API_KEY", "env-key"), ("FIREWORKS_ACCOUNT_ID", "env-team"));

        var configuration = ProviderConfigurationParser.Parse(
            Map(("apiKey", Text("arg-key")), ("accountId", Text("arg-team"))), NoVariables, environment);

        Assert.Equal("arg-key", configuration.ApiKey);
        Assert.Equal("arg-team", configuration.AccountId);
    }

    [Fact]
    public void Parse_DeprecatedVariablesMap_IsUsedWhenArgsLackAKey()
    {
        var variables = ImmutableDictionary<string, string>.Empty
            .Add("fireworks:config:apiKey", "var-key").Add("fireworks:config:accountId", "var-team");

        var configuration = ProviderConfigurationParser.Parse(PropertyValue.EmptyMap, variables, FakeEnvironment.Empty);

        Assert.Equal("var-key", configuration.ApiKey);
    }

    [Fact]
    public void Parse_NoApiKeyAnywhere_NamesTheConfigKeyAndTheEnvironmentVariable()
    {
        var error = Assert.Throws<MissingConfigurationException>(() =>
            ProviderConfigurationParser.Parse(Map(("accountId", Text("t"))), NoVariables, FakeEnvironment.Empty));

        var missing = Assert.Single(error.MissingKeys);
        Assert.Equal("fireworks:apiKey", missing.Name);
        Assert.Contains("FIREWORKS_API_KEY", missing.Description, StringComparison.Ordinal);
        Assert.Contains("fireworks:apiKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidValue_FailsWithoutShowingTheApiKey()
    {
        var args = Map(("apiKey", Secret(Text("fw-super-secret"))), ("accountId", Text("t")), ("maxRetries", Text("99")));

        var error = Assert.Throws<InvalidConfigurationException>(() =>
            ProviderConfigurationParser.Parse(args, NoVariables, FakeEnvironment.Empty));

        Assert.Contains("maxRetries", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("fw-super-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidBaseUrlFromTheEnvironment_Fails()
    {
        var environment = new FakeEnvironment(("FIREWORKS_BASE_URL", "not a url"));

        Assert.Throws<InvalidConfigurationException>(() => ProviderConfigurationParser.Parse(
            Map(("apiKey", Text("k")), ("accountId", Text("t"))), NoVariables, environment));
    }

    [Theory]
    [InlineData("fw-key\n")]
    [InlineData("fw-key\r\n")]
    [InlineData("fw\u0000key")]
    public void Parse_ApiKeyWithALineBreakOrControlCharacter_FailsNamingTheKeyNeverShowingIt(string key)
    {
        var fromConfig = Assert.Throws<InvalidConfigurationException>(() => ProviderConfigurationParser.Parse(
            Map(("apiKey", Text(key)), ("accountId", Text("my-team"))), NoVariables, FakeEnvironment.Empty));
        var fromEnvironment = Assert.Throws<InvalidConfigurationException>(() => ProviderConfigurationParser.Parse(
            Map(("accountId", Text("my-team"))), NoVariables, new FakeEnvironment(("FIREWORKS_API_KEY", key))));

        Assert.All([fromConfig, fromEnvironment], error =>
        {
            Assert.Contains("apiKey contains a line break or another control character", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("fw-key", error.Message, StringComparison.Ordinal);
        });
        Assert.Contains(ProviderConfigurationParser.Check(Map(("apiKey", Text(key)))).Failures,
            failure => failure.Property.Length == 0 && failure.Reason.Contains("control character", StringComparison.Ordinal));
    }
}
