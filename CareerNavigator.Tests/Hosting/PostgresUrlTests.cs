using CareerNavigator.Web.Database;
using Npgsql;

namespace CareerNavigator.Tests.Hosting;

public sealed class PostgresUrlTests
{
    [Fact]
    public void A_full_url_becomes_an_npgsql_connection_string()
    {
        var builder = Parse("postgresql://career:secret@db.example.com:6543/career_navigator");

        Assert.Equal("db.example.com", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("career_navigator", builder.Database);
        Assert.Equal("career", builder.Username);
        Assert.Equal("secret", builder.Password);
    }

    [Fact]
    public void A_missing_port_means_5432()
    {
        Assert.Equal(5432, Parse("postgres://career:secret@localhost/app").Port);
    }

    [Fact]
    public void Percent_encoded_user_and_password_are_decoded()
    {
        var builder = Parse("postgresql://app%40tenant:p%40ss%3Aw%2Fo%25rd%23%3F%20x@127.0.0.1:5433/my%20db");

        Assert.Equal("app@tenant", builder.Username);
        Assert.Equal("p@ss:w/o%rd#? x", builder.Password);
        Assert.Equal("my db", builder.Database);
    }

    [Fact]
    public void Semicolons_and_quotes_in_the_password_cannot_inject_settings()
    {
        var builder = Parse("postgresql://u:a%3BHost%3Devil%3B%27%22@localhost/db");

        Assert.Equal("a;Host=evil;'\"", builder.Password);
        Assert.Equal("localhost", builder.Host);
    }

    [Fact]
    public void Query_parameters_such_as_sslmode_are_kept()
    {
        Assert.Equal(SslMode.Require, Parse("postgresql://u:p@h:5432/db?sslmode=require").SslMode);
    }

    [Theory]
    [InlineData("mysql://u:p@h/db")]
    [InlineData("postgresql://u:p@h:5432/")]
    [InlineData("not a url")]
    public void Malformed_urls_are_refused_with_a_clear_message(string url)
    {
        var error = Assert.Throws<FormatException>(() => PostgresUrl.ToConnectionString(url));
        Assert.Contains("DATABASE_URL", error.Message);
    }

    private static NpgsqlConnectionStringBuilder Parse(string url) => new(PostgresUrl.ToConnectionString(url));
}
