#include "exitcodes.h"

namespace trro::cli {

ExitCode exitCodeFor(const ApiError &error) {
    if (error.isAuthFailure())
        return ExitCredentials;
    switch (error.kind) {
    case ApiError::Kind::None:
        return ExitOk;
    case ApiError::Kind::Usage:
        return ExitUsage;
    case ApiError::Kind::Credentials:
        return ExitCredentials;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return ExitNetwork;
    case ApiError::Kind::Http:
        // A gateway or proxy answering 5xx means the service could not be reached.
        return error.httpStatus >= 500 ? ExitNetwork : ExitApiError;
    case ApiError::Kind::Malformed:
        return ExitMalformed;
    case ApiError::Kind::Api:
    case ApiError::Kind::Cancelled:
        break;
    }
    return ExitApiError;
}

} // namespace trro::cli
