using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Tests.PropertyValues;

public sealed class PropertyValuePathTests
{
    [Fact]
    public void ToString_KeysAndIndexes_FormAPulumiPropertyPath()
    {
        var path = new PropertyValuePath();
        path.PushKey("autoscalingPolicy");
        path.PushKey("loadTargets");
        path.PushKey("x.y");
        path.PushIndex(3);

        Assert.Equal("autoscalingPolicy.loadTargets[\"x.y\"][3]", path.ToString());
    }

    [Fact]
    public void ToString_FirstSegmentQuoted_HasNoLeadingDot()
    {
        var path = new PropertyValuePath();
        path.PushKey("a b");
        path.PushKey("c");

        Assert.Equal("[\"a b\"].c", path.ToString());
    }

    [Fact]
    public void Pop_RemovesTheLastSegment()
    {
        var path = new PropertyValuePath();
        path.PushKey("regions");
        path.PushIndex(0);
        path.Pop();
        path.PushIndex(1);

        Assert.Equal("regions[1]", path.ToString());
        Assert.Equal(2, path.Depth);
    }

    [Fact]
    public void ToString_VeryLongKey_IsCut()
    {
        var path = new PropertyValuePath();
        path.PushKey(new string('k', 10_000));

        Assert.Equal($"[\"{new string('k', 64)}...\"]", path.ToString());
    }

    [Fact]
    public void ToString_EmptyKeyAndWildcardKey_AreQuoted()
    {
        var path = new PropertyValuePath();
        path.PushKey(string.Empty);
        path.PushKey("*");

        Assert.Equal("[\"\"][\"*\"]", path.ToString());
    }
}
