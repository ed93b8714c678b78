// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyring.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace RouteDeck {

namespace {

const QString kService = QStringLiteral("RouteDeck");

QString entryKey(const QString &profile)
{
    return QStringLiteral("router master key: %1").arg(profile);
}

template<typename JobType>
JobType *newJob(const QString &profile)
{
    auto *job = new JobType(kService); // deletes itself once finished
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    job->setKey(entryKey(profile));
    return job;
}

QString errorOf(const QKeychain::Job *job, const QString &profile)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Keyring::tr("the desktop keyring holds no master key for profile '%1'").arg(profile);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Keyring::tr("the desktop keyring refused access (%1)").arg(job->errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Keyring::tr("no desktop keyring is available (%1)").arg(job->errorString());
    default:
        return Keyring::tr("the desktop keyring could not be used (%1)").arg(job->errorString());
    }
}

} // namespace

void Keyring::readRouterKey(const QString &profile, QObject *context, const ReadDone &done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(profile);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, profile, done] {
        const QString error = errorOf(job, profile);
        done(error.isEmpty() ? job->textData() : QString(), error);
    });
    job->start();
}

void Keyring::storeRouterKey(const QString &profile, const QString &key, QObject *context, const Done &done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(profile);
    job->setTextData(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, profile, done] { done(errorOf(job, profile)); });
    job->start();
}

void Keyring::forgetRouterKey(const QString &profile, QObject *context, const Done &done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(profile);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, profile, done] {
        done(job->error() == QKeychain::EntryNotFound ? QString() : errorOf(job, profile));
    });
    job->start();
}

void Keyring::copyRouterKey(const QString &from, const QString &to, bool keepOld, QObject *context, const Done &done)
{
    readRouterKey(from, context, [from, to, keepOld, context, done](const QString &key, const QString &readError) {
        if (!readError.isEmpty()) {
            done(readError);
            return;
        }
        storeRouterKey(to, key, context, [from, keepOld, context, done](const QString &storeError) {
            if (!storeError.isEmpty() || keepOld)
                done(storeError);
            else
                forgetRouterKey(from, context, done);
        });
    });
}

QString Keyring::readRouterKeyNow(const QString &profile, QString *error, int timeoutMs)
{
    QEventLoop loop;
    QString key;
    QString failure = tr("the desktop keyring did not answer within %1 s").arg(timeoutMs / 1000);
    readRouterKey(profile, &loop, [&](const QString &k, const QString &e) {
        key = k;
        failure = e;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (error)
        *error = failure;
    return key;
}

} // namespace RouteDeck
