// SPDX-License-Identifier: MIT
#pragma once

#include "api/clerkclient.h"
#include "api/cursorwalk.h"
#include "api/userlistquery.h"
#include "journal/journal.h"
#include "signin/smsblocklist.h"
#include "ui/list/phonenumberrow.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The instance's phone numbers, one row each with its owner, read from GET /users page by page
// (up to 500 users a page, newest first, each page after the last user of the one before by
// `starting_after`; never by offset). The first page comes from one plain request. The view drives
// paging through canFetchMore()/fetchMore(); loadAll() walks the rest of the instance in the
// background as slices of created_at side by side (CursorWalk), whose pages land as they come.
// A page that fails after the client's retries stops paging with the error, and retry()
// continues from the last cursor: no user is skipped, none is loaded twice.
// A search replaces the rows with the server's answer; answers of an older search or of a
// cancelled walk never land.
class PhoneNumberListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PhoneNumberListModel is provided by Workspace")

    // A request is in flight (first page, next page or search).
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // The last failure as one sentence for a person; empty when the last request succeeded.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // Clerk's trace id of the last failure, for a support ticket; empty when none.
    Q_PROPERTY(QString errorTraceId READ errorTraceId NOTIFY errorChanged)
    // Users matching the current search according to GET /users/count; -1 while unknown.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    // Users loaded so far (rows are phone numbers; a user may have none or several).
    Q_PROPERTY(int loadedUserCount READ loadedUserCount NOTIFY loadedUserCountChanged)
    // Whether the server has more users for the current search.
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY hasMoreChanged)
    // The search the rows answer; empty: every user.
    Q_PROPERTY(QString query READ query NOTIFY queryChanged)
    // loadAll() is walking the instance.
    Q_PROPERTY(bool loadingAll READ loadingAll NOTIFY loadingAllChanged)
    // Entries the server sent that could not be read, one line each; the rest still show.
    Q_PROPERTY(QStringList problems READ problems NOTIFY problemsChanged)
    // When the rows were last loaded from the first page.
    Q_PROPERTY(QDateTime lastRefreshed READ lastRefreshed NOTIFY lastRefreshedChanged)

public:
    // Every role a view can bind to. Unknown values (the API left them out or sent null) are
    // an invalid QVariant, `undefined` in QML, never a made-up zero or false.
    enum Role {
        IdRole = Qt::UserRole + 1,   // phone number id, "idn_…"
        PhoneNumberRole,             // as stored by Clerk, normally E.164
        FormattedRole,               // international format; the stored text when it does not parse
        NationalFormatRole,          // national format; the stored text when it does not parse
        IsE164Role,                  // bool: valid and stored in E.164
        RegionCodeRole,              // "DE"; "" when unknown
        CountryNameRole,             // "Germany"; "" when unknown
        NumberTypeRole,              // "mobile", "fixed line", … ("unknown type")
        UserIdRole,                  // owner's id, "user_…"
        UserNameRole,                // owner's name, else username, else email, else id
        UserEmailRole,               // owner's primary email; "" when unknown
        IsPrimaryRole,               // bool: the owner's primary_phone_number_id
        VerificationStateRole,       // "verified", "unverified", "expired", "failed", "none", "other"
        VerificationStatusRole,      // status as sent, e.g. "unverified"; undefined for null verification
        VerificationStrategyRole,    // strategy as sent, e.g. "phone_code", "admin"
        VerificationKindRole,        // "otp", "admin", "none", "other"
        VerificationChannelRole,     // "sms", "whatsapp"…; undefined when unknown
        AttemptsRole,                // int; undefined when unknown
        ExpireAtRole,                // QDateTime the code expires; undefined when unknown
        IsExpiredRole,               // bool: the code's expiry has passed or the status is "expired"
        VerifiedAtClientRole,        // string; undefined when unknown
        ReservedRole,                // bool or undefined
        ReservedForSecondFactorRole, // bool or undefined
        DefaultSecondFactorRole,     // bool or undefined
        UserTwoFactorEnabledRole,    // bool or undefined
        UserTotpEnabledRole,         // bool or undefined
        UserBackupCodeEnabledRole,   // bool or undefined
        UserBannedRole,              // bool or undefined
        UserLockedRole,              // bool or undefined
        LinkedToRole,                // list of {type, id, provider}
        BackupCodeCountRole,         // int; undefined when the API did not send backup_codes
        CreatedAtRole,               // QDateTime or undefined
        UpdatedAtRole,               // QDateTime or undefined
        SmsBlockedRole,              // bool: no SMS goes to the number's region; undefined while the blocklist is unknown
        OtherNumbersRole,            // the owner's other numbers: list of {id, phoneNumber, formatted, verificationState}
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 500;

    explicit PhoneNumberListModel(QObject *parent = nullptr);
    ~PhoneNumberListModel() override;

    // The client every request goes through; the model does not own it.
    void setClient(ClerkClient *client);
    // The same client, for editors of this model's rows; null when none is configured.
    [[nodiscard]] ClerkClient *client() const { return m_client; }
    // The journal that changes to these rows are recorded in; the model does not own it.
    void setJournal(Journal *journal) { m_journal = journal; }
    [[nodiscard]] Journal *journal() const { return m_journal; }
    // Users per page; Clerk allows 1–500. Smaller pages serve tests and slow links.
    void setPageSize(int users);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    [[nodiscard]] bool loading() const { return m_building || !m_toBuild.isEmpty() || m_pageInFlight || m_walk.running(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString errorTraceId() const { return m_errorTraceId; }
    [[nodiscard]] int totalCount() const { return m_totalCount; }
    [[nodiscard]] int loadedUserCount() const { return m_loadedUsers; }
    [[nodiscard]] bool hasMore() const { return m_hasMore; }
    [[nodiscard]] QString query() const { return m_searchText; }
    [[nodiscard]] bool loadingAll() const { return m_loadingAll; }
    [[nodiscard]] QStringList problems() const { return m_problems; }
    [[nodiscard]] QDateTime lastRefreshed() const { return m_lastRefreshed; }

    [[nodiscard]] const PhoneNumberRow &rowAt(int row) const { return m_rows.at(row); }
    // Whether the instance sends no SMS to the region of row `row`; false while its blocklist is unknown.
    [[nodiscard]] bool smsBlockedAt(int row) const;
    // The row of a phone number id, or -1.
    Q_INVOKABLE int rowOfId(const QString &id) const;

    // What applyUser does with a user who has no rows here (outside the current search).
    enum class ApplyMode {
        UpdateOnly,     // leaves them out: the rows answer the search
        InsertIfAbsent, // appends their numbers at the end, e.g. when a number was just added to
                        // them (once the model has loaded; their page, if it comes later, adds none)
    };

    // Takes the server's current state of a user after an edit: that user's rows are found by
    // user id, changed in place (dataChanged with the roles that changed), removed when the
    // number is gone, and inserted after the user's last row when it is new. A user without
    // rows here is handled as `mode` says.
    void applyUser(const UserSummary &user, ApplyMode mode = ApplyMode::UpdateOnly);
    // Takes one number as the server answered it, when its owner could not be re-read: only that
    // row changes, and the owner's fields stay as they were.
    void applyPhoneNumber(const PhoneNumber &phone);
    // Takes out the row of a number the server deleted, when its owner could not be re-read.
    void removePhoneNumber(const QString &phoneNumberId);
    // Appends a page's rows at the end as one insert. Rows whose number is here already (a user
    // applyUser inserted before their page came) are not added twice.
    void appendRows(QList<PhoneNumberRow> rows);
    // The instance's SMS blocklist, for the smsBlocked role; nothing while it is unknown. Every
    // row's smsBlocked changes at once (one dataChanged over all rows, naming that role only).
    void setSmsBlocklist(const std::optional<SmsBlocklist> &blocklist);
    [[nodiscard]] const std::optional<SmsBlocklist> &smsBlocklist() const { return m_smsBlocklist; }

    // Reloads the first page of the current search.
    Q_INVOKABLE void refresh();
    // Forgets every row at once and loads the first page of the current search: after a switch
    // to another instance, whose rows must never show (or be edited) as if they were this one's.
    void restart();
    // Replaces the rows with the server's answer for `text`: an exact phone_number[] search
    // when the text is a valid phone number, Clerk's partial `query` otherwise; "" lists all.
    Q_INVOKABLE void search(const QString &text);
    // Repeats what failed: the first page, or continues from the page that failed (and goes on
    // to the end when loadAll() was walking).
    Q_INVOKABLE void retry();
    // Walks every remaining user in the background; progress is loadedUserCount of totalCount.
    // Cancelled, it keeps where each slice got to: scrolling then asks for nothing more, and
    // loadAll() goes on from there.
    Q_INVOKABLE void loadAll();
    Q_INVOKABLE void cancelLoadAll();

Q_SIGNALS:
    void loadingChanged();
    void errorChanged();
    void totalCountChanged();
    void loadedUserCountChanged();
    void hasMoreChanged();
    void queryChanged();
    void loadingAllChanged();
    void problemsChanged();
    void lastRefreshedChanged();
    // applyUser() took the server's state of a user (after their rows), whether or not any row
    // was theirs: views about that user (the sign-in check) take it in without a read of their own.
    void userApplied(const PhoneDesk::UserSummary &user);

private:
    // Where a page came from: the first page replaces the rows.
    enum class PageKind { First, Next, Walk };
    struct ReceivedPage
    {
        PageKind kind;
        UserPage page;
        quint64 failuresBefore; // m_failures when it came: a page from before a failure leaves its error shown
    };

    void start(bool firstPage);
    void requestCount();
    // One page after m_cursor (the first page when there is none).
    void requestPage();
    // loadAll()'s walk from m_cursor, or on from where it stopped.
    void walkOn();
    void takePage(PageKind kind, UserPage page);
    void takeWalkEnd();
    void takeFailure(const ApiError &error);
    // Formats the oldest page waiting, off this thread; its rows land in order.
    void buildNext();
    void landRows(const ReceivedPage &received, QList<PhoneNumberRow> rows);
    // Drops the pages on their way and those waiting to be formatted.
    void dropPagesInFlight();
    void setError(const ApiError *error);
    void setLoadingAll(bool on);
    void removeRowAt(int row);
    // Replaces row `row` and announces the roles whose values differ.
    void replaceRow(int row, PhoneNumberRow value);
    // m_rowOfId after rows from `first` on moved.
    void reindexFrom(int first);
    UserListQuery baseQuery() const;

    QPointer<ClerkClient> m_client;
    QPointer<Journal> m_journal;
    std::optional<SmsBlocklist> m_smsBlocklist;
    QList<PhoneNumberRow> m_rows;
    QHash<QString, int> m_rowOfId;
    int m_pageSize = kPageSize;
    QString m_searchText;       // as typed, trimmed
    QString m_query;            // Clerk's partial `query`
    QStringList m_exactNumbers; // phone_number[]: set when the search text is a phone number
    QString m_cursor;           // the last user of the pages received one by one: the next page's starting_after
    std::optional<qint64> m_cursorCreatedAt; // that user's created_at, where loadAll()'s walk starts
    bool m_pageInFlight = false;
    bool m_walkStarted = false;  // loadAll() walks from m_cursor: paging one by one is over
    bool m_walkFinished = false; // every slice is done; its last pages may still be formatting
    bool m_resumeAll = false;   // the failure interrupted loadAll(): retry() walks on
    bool m_hasMore = false;
    bool m_started = false;     // the first page was asked for
    bool m_failedOnFirstPage = false;
    bool m_loadingAll = false;
    int m_loadedUsers = 0;
    int m_totalCount = -1;
    QString m_error;
    QString m_errorTraceId;
    QStringList m_problems;
    QDateTime m_lastRefreshed;
    quint64 m_generation = 0;   // bumped by every search and refresh: older answers are dropped
    quint64 m_countGeneration = 0;
    bool m_building = false;    // a received page's rows are being formatted off this thread
    QList<ReceivedPage> m_toBuild; // received pages waiting to be formatted, in arrival order
    quint64 m_failures = 0;
    PendingCall m_pageCall;
    CursorWalk<UserPage> m_walk;
    PendingCall m_pendingCount;
};

} // namespace PhoneDesk
