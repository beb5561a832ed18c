// SPDX-License-Identifier: MIT
#pragma once

#include "api/clerkclient.h"
#include "domain/usersummary.h"
#include "ui/list/phonenumberlistmodel.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The users matching what an agent types, to pick the owner of a new number: Clerk's `query`
// (names, emails, ids, numbers, usernames) on GET /users, sent once typing pauses, at most
// kLimit users. Only the answer to the latest text lands; an older one still in flight is dropped.
class UserPicker : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    // The list model whose client sends the searches.
    Q_PROPERTY(PhoneDesk::PhoneNumberListModel *model READ model WRITE setModel NOTIFY modelChanged)
    // The text to search for; "" clears the results.
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    // Milliseconds of quiet typing before the search is sent.
    Q_PROPERTY(int debounceInterval READ debounceInterval WRITE setDebounceInterval NOTIFY debounceIntervalChanged)
    // A search is waiting for the pause or for its answer.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString errorTraceId READ errorTraceId NOTIFY errorChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The text the current rows answer; differs from query while a search is pending.
    Q_PROPERTY(QString answeredQuery READ answeredQuery NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // "user_…"
        NameRole,                  // name, else username, else email, else id
        EmailRole,                 // primary email; "" when unknown
        PhoneCountRole,            // int: numbers the user has
        TwoFactorEnabledRole,      // bool or undefined
        PhoneNumbersRole,          // list of the user's numbers as stored
        LabelRole,                 // "Ana Lima · ana@example.com", what a picked user reads as
    };
    Q_ENUM(Role)

    static constexpr int kLimit = 20;
    static constexpr int kDefaultDebounceMs = 250;

    explicit UserPicker(QObject *parent = nullptr);
    ~UserPicker() override;

    [[nodiscard]] PhoneNumberListModel *model() const { return m_model; }
    void setModel(PhoneNumberListModel *model);
    // The client to search through when there is no model.
    void setClient(ClerkClient *client) { m_client = client; }
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] int debounceInterval() const { return m_debounce.interval(); }
    void setDebounceInterval(int milliseconds);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString errorTraceId() const { return m_errorTraceId; }
    [[nodiscard]] QString answeredQuery() const { return m_answeredQuery; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A row's roles by name, for QML; empty for a row that does not exist.
    Q_INVOKABLE QVariantMap get(int row) const;
    // Sends the pending search now instead of after the pause.
    Q_INVOKABLE void searchNow();

Q_SIGNALS:
    void modelChanged();
    void queryChanged();
    void debounceIntervalChanged();
    void loadingChanged();
    void errorChanged();
    void countChanged();

private:
    [[nodiscard]] ClerkClient *client() const;
    void send();
    void take(const QString &query, const ApiResult<UserPage> &result);
    void setRows(QList<UserSummary> users, const QString &answered);
    void setLoading(bool on);
    void setError(const QString &message, const QString &traceId);
    [[nodiscard]] static QString labelOf(const UserSummary &user);

    QPointer<PhoneNumberListModel> m_model;
    QPointer<ClerkClient> m_client;
    QString m_query;
    QString m_answeredQuery;
    QList<UserSummary> m_users;
    QTimer m_debounce;
    bool m_loading = false;
    QString m_error;
    QString m_errorTraceId;
    quint64 m_generation = 0; // bumped by every new text: older answers are dropped
    PendingCall m_pending;
};

} // namespace PhoneDesk
