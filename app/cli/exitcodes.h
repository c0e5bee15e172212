#pragma once

#include "apierror.h"

namespace trro::cli {

// The exit status of trro-stats; documented in --help and the README.
enum ExitCode : int {
    ExitOk = 0,
    ExitPartial = 1,     // some series failed after retries; the others were written
    ExitUsage = 2,       // bad command line
    ExitCredentials = 3, // no or rejected credentials (AuthFailure.*)
    ExitApiError = 4,    // any other error the service answered with
    ExitNetwork = 5,     // unreachable, connection lost, timeout, HTTP 5xx without an answer
    ExitMalformed = 6,   // the answer was not what the API describes
};

ExitCode exitCodeFor(const ApiError &error);

} // namespace trro::cli
