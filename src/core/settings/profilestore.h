// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace PhoneDesk {

// The profiles and which one is active, in QSettings: names, API URLs, read-only flags and journal
// retentions. The file is the account's only (0600, in a folder 0700).
// Secret keys are never written here (see SecretStore). Every change is written at once, so
// that the window and phonedesk-cli see the same profiles.
class ProfileStore
{
public:
    // PhoneDesk's own settings (organization and application "PhoneDesk"), whichever program
    // (the window, the CLI, a test) opens them.
    ProfileStore();
    // An INI file at `path`, for tests.
    explicit ProfileStore(const QString &path);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    // Sorted by name, case-insensitively.
    [[nodiscard]] QList<Profile> profiles() const;
    [[nodiscard]] std::optional<Profile> profile(const QString &id) const;
    [[nodiscard]] std::optional<Profile> profileNamed(const QString &name) const;
    // Stores a new profile under a fresh id, or an existing one under its id; answers the id.
    QString save(Profile profile);
    void remove(const QString &id);

    // The profile to start on; empty when none was chosen (or it was removed).
    [[nodiscard]] QString activeProfileId() const;
    void setActiveProfileId(const QString &id);

    // Where the settings are, for tests and messages.
    [[nodiscard]] QString fileName() const;

private:
    // Writes the settings and keeps their file 0600 and their folder 0700.
    void sync();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace PhoneDesk
