namespace CareerNavigator.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
