// SPDX-License-Identifier: MIT
#pragma once

#include "signin/signindiagnosis.h"
#include "signin/signinfinding.h"

#include <QString>
#include <QStringList>

namespace PhoneDesk {

// The evidence of a sign-in finding in one line, in the API's own field names and values, so that
// an agent can check it against the Dashboard or a support ticket: "two_factor_enabled: true ·
// +442079460906 reserved for 2FA: code failed". What counts down (a lockout, a pending code) is
// left to the view, which shows it live.
class SignInEvidence
{
public:
    // `blockedCountries`: the instance's SMS blocklist the diagnosis was made with.
    [[nodiscard]] static QString of(const SignInFinding &finding, const SignInDiagnosis &diagnosis,
                                    const QStringList &blockedCountries);

private:
    // "+442079460904: never verified", "…: code failed", "…: verified".
    [[nodiscard]] static QString numberState(const PhoneNumber &phone);
    [[nodiscard]] static QString flag(const char *name, const std::optional<bool> &value);
    // Local time in the locale's short format: "12.05.26 14:05", "5/12/26 2:05 PM".
    [[nodiscard]] static QString timeText(qint64 ms);
};

} // namespace PhoneDesk
