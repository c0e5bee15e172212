// Labels that show server or user text render it as text: markup from the service (or typed
// into a profile) shows as the characters it is made of, never as rich text.
#include "widgets/breadcrumbbar.h"
#include "widgets/errorbanner.h"
#include "widgets/kpitile.h"

#include <QLabel>
#include <QTest>

using namespace trro;

namespace {

const QString Markup = QStringLiteral("<b>bold</b><img src=\"http://evil.invalid/x.png\">");

// Every label showing text that contains needle is plain text; at least one shows it.
void checkLabels(const QWidget &widget, const QString &needle) {
    int showing = 0;
    const QList<QLabel *> labels = widget.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->text().contains(needle))
            continue;
        ++showing;
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QVERIFY(showing > 0);
}

} // namespace

class TestPlainTextLabels final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void errorBanner();
    void breadcrumb();
    void kpiTile();
};

void TestPlainTextLabels::errorBanner() {
    ErrorBanner banner;
    ApiError e = ApiError::make(ApiError::Kind::Api, QStringLiteral("InvalidParameter"), Markup);
    e.requestId = Markup;
    banner.showError(e, Markup);
    checkLabels(banner, QStringLiteral("<b>bold</b>"));
}

void TestPlainTextLabels::breadcrumb() {
    BreadcrumbBar bar;
    bar.setCrumbs({QStringLiteral("Fleet"), Markup});
    checkLabels(bar, QStringLiteral("<b>bold</b>"));
}

void TestPlainTextLabels::kpiTile() {
    KpiTile tile(Markup, KpiTile::Format::Count);
    tile.setComparisonLabel(Markup);
    checkLabels(tile, QStringLiteral("<b>bold</b>"));
}

QTEST_MAIN(TestPlainTextLabels)
#include "tst_plaintextlabels.moc"
