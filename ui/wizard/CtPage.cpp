#include "CtPage.h"

#include "CtDirectionPicture.h"
#include "FormRows.h"
#include "LargeButtons.h"
#include "commissioning/CommissioningSession.h"
#include "electrical/CtSizing.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace iotpro::ui {

using config::CtDirection;
using config::CtSecondary;

namespace {

constexpr CtSecondary kSecondaries[] = { CtSecondary::Voltage333mV, CtSecondary::Current1A, CtSecondary::Current5A };
/// The largest circuit rating the helper takes, A.
constexpr int kMaxCircuitRatingA = 20000;

QString ctPath(std::size_t index, const char* field)
{
    return QStringLiteral("metering.ct_inputs[%1].%2").arg(index).arg(QLatin1StringView(field));
}

} // namespace

CtPage::CtPage(WizardServices& services, QWidget* parent)
    : WizardPage(commissioning::Step::CurrentTransformers, services, parent)
    , m_helper(new QGroupBox(this))
    , m_helperLabel(new QLabel(m_helper))
    , m_circuitRating(new QSpinBox(m_helper))
    , m_suggestion(new QLabel(m_helper))
    , m_useSuggestion(new QPushButton(m_helper))
    , m_safetyHint(newHint(this))
{
    m_circuitRating->setObjectName(QStringLiteral("circuitRatingSpin"));
    m_suggestion->setObjectName(QStringLiteral("ctSuggestion"));
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestedCt"));
    m_circuitRating->setRange(0, kMaxCircuitRatingA);
    m_circuitRating->setSingleStep(10);
    m_circuitRating->setAccelerated(true);
    m_helperLabel->setBuddy(m_circuitRating);
    m_suggestion->setWordWrap(true);
    m_useSuggestion->setAutoDefault(true);
    makeLargeTarget(*m_useSuggestion);

    m_helper->setObjectName(QStringLiteral("ctSizeHelper"));
    auto* helperRow = new QHBoxLayout;
    helperRow->addWidget(m_helperLabel);
    helperRow->addWidget(m_circuitRating);
    helperRow->addStretch(1);
    auto* helperLayout = new QVBoxLayout(m_helper);
    helperLayout->addLayout(helperRow);
    helperLayout->addWidget(m_suggestion);
    helperLayout->addWidget(m_useSuggestion, 0, Qt::AlignLeft);

    auto* inputs = new QVBoxLayout;
    for (std::size_t i = 0; i < config::CtInputCount; ++i) {
        m_rows[i] = buildRow(i);
        inputs->addWidget(m_rows[i].box);
    }
    inputs->addWidget(m_safetyHint);
    inputs->addWidget(m_issues.addForPage(this));
    inputs->addStretch(1);

    auto* pictureColumn = new QVBoxLayout;
    pictureColumn->addWidget(m_helper);
    pictureColumn->addWidget(new CtDirectionPicture(this));
    pictureColumn->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(inputs, 1);
    layout->addLayout(pictureColumn, 1);

    setTabOrderChain({ m_rows[0].rating, m_rows[0].secondary, m_rows[0].towardsLoad, m_rows[0].towardsSupply,
        m_rows[0].phase, m_rows[0].inverted, m_rows[1].rating, m_rows[1].secondary, m_rows[1].towardsLoad,
        m_rows[1].towardsSupply, m_rows[1].phase, m_rows[1].inverted, m_rows[2].rating, m_rows[2].secondary,
        m_rows[2].towardsLoad, m_rows[2].towardsSupply, m_rows[2].phase, m_rows[2].inverted, m_circuitRating,
        m_useSuggestion });

    connect(m_circuitRating, &QSpinBox::valueChanged, this, &CtPage::refreshSuggestion);
    connect(m_useSuggestion, &QPushButton::clicked, this, &CtPage::useSuggestionEverywhere);
    retranslate();
}

CtPage::InputRow CtPage::buildRow(std::size_t index)
{
    InputRow row;
    row.box = new QGroupBox(this);
    row.box->setObjectName(QStringLiteral("ctInput%1").arg(index + 1));
    row.ratingLabel = new QLabel(row.box);
    row.rating = new QComboBox(row.box);
    row.rating->setObjectName(QStringLiteral("ctRating%1").arg(index + 1));
    row.rating->setEditable(true);
    row.rating->setInsertPolicy(QComboBox::NoInsert);
    row.rating->lineEdit()->setValidator(new QIntValidator(0, 99999, row.rating));
    for (const quint32 rating : m_services.session.limits().metering.standardCtRatingsA)
        row.rating->addItem(QString::number(rating), rating);
    row.secondaryLabel = new QLabel(row.box);
    row.secondary = new QComboBox(row.box);
    row.secondary->setObjectName(QStringLiteral("ctSecondary%1").arg(index + 1));
    for (std::size_t i = 0; i < std::size(kSecondaries); ++i)
        row.secondary->addItem(QString());
    row.directionLabel = new QLabel(row.box);
    row.direction = new QButtonGroup(row.box);
    row.towardsLoad = new QRadioButton(row.box);
    row.towardsLoad->setObjectName(QStringLiteral("ctTowardsLoad%1").arg(index + 1));
    row.towardsSupply = new QRadioButton(row.box);
    row.towardsSupply->setObjectName(QStringLiteral("ctTowardsSupply%1").arg(index + 1));
    row.direction->addButton(row.towardsLoad, static_cast<int>(CtDirection::TowardsLoad));
    row.direction->addButton(row.towardsSupply, static_cast<int>(CtDirection::TowardsSupply));
    row.correctionLabel = new QLabel(row.box);
    row.phase = new QComboBox(row.box);
    row.phase->setObjectName(QStringLiteral("ctPhase%1").arg(index + 1));
    for (int phase = 1; phase <= 3; ++phase)
        row.phase->addItem(QStringLiteral("L%1").arg(phase), phase);
    row.inverted = new QCheckBox(row.box);
    row.inverted->setObjectName(QStringLiteral("ctInverted%1").arg(index + 1));
    row.ratingLabel->setBuddy(row.rating);
    row.secondaryLabel->setBuddy(row.secondary);
    row.correctionLabel->setBuddy(row.phase);

    auto* ratingRow = new QHBoxLayout;
    ratingRow->addWidget(row.rating);
    ratingRow->addWidget(new QLabel(QStringLiteral("A"), row.box));
    ratingRow->addStretch(1);
    auto* ratingBox = new QWidget(row.box);
    ratingRow->setContentsMargins(0, 0, 0, 0);
    ratingBox->setLayout(ratingRow);
    auto* directionColumn = new QVBoxLayout;
    directionColumn->addWidget(row.towardsLoad);
    directionColumn->addWidget(row.towardsSupply);
    auto* correctionRow = new QHBoxLayout;
    correctionRow->addWidget(row.phase);
    correctionRow->addWidget(row.inverted);
    correctionRow->addStretch(1);
    auto* form = new QFormLayout(row.box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(row.ratingLabel, fieldWithIssue(ratingBox, m_issues.add(ctPath(index, "rating_a"), row.box)));
    form->addRow(row.secondaryLabel, row.secondary);
    form->addRow(row.directionLabel, directionColumn);
    form->addRow(row.correctionLabel, correctionRow);
    form->addRow(m_issues.add(ctPath(index, "phase"), row.box));

    const auto editInput = [this, index](const std::function<void(config::CtInputConfig&)>& change) {
        edit([&](config::DeviceConfig& c) { change(c.metering.ctInputs[index]); });
    };
    connect(row.rating, &QComboBox::editTextChanged, this, [editInput](const QString& text) {
        editInput([&](config::CtInputConfig& input) { input.ratingA = text.trimmed().toUInt(); });
    });
    connect(row.secondary, &QComboBox::activated, this, [editInput](int chosen) {
        editInput([&](config::CtInputConfig& input) { input.secondary = kSecondaries[chosen]; });
    });
    connect(row.direction, &QButtonGroup::idClicked, this, [editInput](int id) {
        editInput([&](config::CtInputConfig& input) { input.direction = static_cast<CtDirection>(id); });
    });
    connect(row.phase, &QComboBox::activated, this, [editInput, phase = row.phase] {
        editInput([&](config::CtInputConfig& input) { input.phase = phase->currentData().toUInt(); });
    });
    connect(row.inverted, &QCheckBox::toggled, this,
        [editInput](bool on) { editInput([&](config::CtInputConfig& input) { input.inverted = on; }); });
    return row;
}

QString CtPage::title() const
{
    return tr("Current transformers");
}

QString CtPage::instructions() const
{
    return tr("For each CT: the rating printed on it, what its secondary delivers, and which way it is "
              "mounted. Not sure of the size? The helper suggests one from the breaker.");
}

void CtPage::retranslate()
{
    m_helper->setTitle(tr("CT size helper"));
    m_helperLabel->setText(tr("Breaker or cable &rating:"));
    m_circuitRating->setSuffix(tr(" A"));
    m_circuitRating->setSpecialValueText(tr("not entered"));
    const QString secondaries[] = { tr("333 mV"), tr("1 A"), tr("5 A") };
    for (InputRow& row : m_rows) {
        row.ratingLabel->setText(tr("Rating:"));
        row.rating->setToolTip(tr("The primary current printed on the CT; type another value for a custom CT."));
        row.secondaryLabel->setText(tr("Secondary:"));
        for (int i = 0; i < row.secondary->count(); ++i)
            row.secondary->setItemText(i, secondaries[i]);
        row.directionLabel->setText(tr("The arrow on the CT points:"));
        row.towardsLoad->setText(tr("to the load — the right way"));
        row.towardsSupply->setText(tr("to the supply — the module turns it round"));
        row.towardsSupply->setToolTip(tr("The CT is mounted the other way round; the module inverts its current in "
                                         "software, so it need not be refitted."));
        row.correctionLabel->setText(tr("Software correction:"));
        row.phase->setToolTip(tr("The phase whose conductor this CT really clamps. The live check proposes it."));
        row.inverted->setText(tr("inverted"));
    }
    m_safetyHint->setText(tr("1 A and 5 A CTs: short the secondary before you disconnect its leads under load; "
                             "an open secondary gives dangerous voltages. 333 mV CTs are safe to disconnect."));
    retitleRows();
    refreshSuggestion();
}

void CtPage::retitleRows()
{
    const config::Wiring wiring = draft().metering.wiring;
    const int used = electrical::ctInputCount(wiring);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const int input = static_cast<int>(i) + 1;
        m_rows[i].box->setTitle(tr("CT input &%1 — belongs on L%2").arg(input).arg(electrical::declaredPhase(wiring, input)));
        m_rows[i].box->setVisible(input <= used);
    }
}

void CtPage::loadDraft()
{
    const config::MeteringConfig& metering = draft().metering;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const config::CtInputConfig& input = metering.ctInputs[i];
        InputRow& row = m_rows[i];
        const QString rating = input.ratingA == 0 ? QString() : QString::number(input.ratingA);
        if (row.rating->currentText() != rating)
            row.rating->setEditText(rating);
        row.secondary->setCurrentIndex(
            int(std::find(std::begin(kSecondaries), std::end(kSecondaries), input.secondary) - std::begin(kSecondaries)));
        if (QAbstractButton* button = row.direction->button(static_cast<int>(input.direction)))
            button->setChecked(true);
        row.phase->setCurrentIndex(row.phase->findData(input.phase));
        row.inverted->setChecked(input.inverted);
    }
    retitleRows();
}

void CtPage::refreshSuggestion()
{
    const int circuit = m_circuitRating->value();
    m_useSuggestion->setVisible(false);
    if (circuit == 0) {
        m_suggestion->setText(tr("Enter the rating of the breaker that protects the circuit, or the current "
                                 "its cable may carry, to see which CT fits."));
        return;
    }
    const electrical::CtSizing sizing
        = electrical::sizeCt(circuit, m_services.session.limits().metering.standardCtRatingsA);
    const QLocale locale;
    if (!sizing.standardRatingA) {
        m_suggestion->setText(tr("No standard CT is large enough: use a CT rated at least %1 A and type its "
                                 "rating for each input.")
                                  .arg(locale.toString(std::ceil(sizing.minimumRatingA), 'f', 0)));
        return;
    }
    m_suggestion->setText(tr("Suggested: a %1 A CT. It measures accurately up to %2 A, above the %3 A the "
                             "breaker lets through without tripping.")
                              .arg(*sizing.standardRatingA)
                              .arg(locale.toString(sizing.accurateUpToA, 'f', 0),
                                  locale.toString(sizing.maxContinuousA, 'f', 0)));
    m_useSuggestion->setText(tr("&Use %1 A for every CT").arg(*sizing.standardRatingA));
    m_useSuggestion->setVisible(true);
}

void CtPage::useSuggestionEverywhere()
{
    const electrical::CtSizing sizing
        = electrical::sizeCt(m_circuitRating->value(), m_services.session.limits().metering.standardCtRatingsA);
    if (!sizing.standardRatingA)
        return;
    edit([&](config::DeviceConfig& c) {
        for (config::CtInputConfig& input : c.metering.ctInputs)
            input.ratingA = *sizing.standardRatingA;
    });
    reload();
}

} // namespace iotpro::ui
