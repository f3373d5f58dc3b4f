// System-library shim exposing libzstd (Debian package libzstd-dev) to Swift.
#include <zstd.h>
#include <zstd_errors.h>
