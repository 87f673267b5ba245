/** A tool of someone else's, on the mlx5ctl runtime library. */
module org.example.nicreport {
    requires dev.mlx5ctl.runtime;
}
