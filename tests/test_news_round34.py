"""A short round on the thirty-first news set (WMT21 FLORES hi→bn, tuning data after its
held-out score): Bengali dates whose month takes a case ending and whose year comes first
with "সাল" (year)."""

from tests.conftest import extracted, loud_values
from xlcheck.extract import dates

# WMT21 FLORES hi→bn, document 246 segment 3 (MS-EgDC) and document 210 segment 7 (Online-A).
_AFTER_HI = "11 सितंबर, 2001 के बाद से सुरक्षा चेकपॉइंट पर होने वाली खोजी कार्रवाइयां भी कहीं ज़्यादा दखल वाली हो गई हैं.\n"
_AFTER_BN = "২০০১ সালের ১১ সেপ্টেম্বরের পর থেকে নিরাপত্তা চেকপয়েন্টে যেসব অনুসন্ধানী কর্মী রয়েছে তাদের সংখ্যাও অনেক বেশি।\n"
_BRIDGE_HI = "पुल सितंबर 2017 में उस समय पूरी तरह चालू किया जाना है, जब ब्राजील की सीमा शुल्क चौकियाँ खत्म होने की उम्मीद है.\n"
_BRIDGE_BN = "২০১৭ সালের সেপ্টেম্বরে সেতুটি পুরোপুরি চালু হওয়ার কথা, যখন ব্রাজিলের কাস্টমস পোস্টগুলি শেষ হয়ে যাবে বলে আশা করা হচ্ছে।\n"


def test_a_year_first_and_a_month_with_a_case_ending_are_read():
    assert extracted(dates, _AFTER_BN, "bn") == [("2001-09-11", "২০০১ সালের ১১ সেপ্টেম্বরের")]
    assert extracted(dates, _BRIDGE_BN, "bn") == [("2017-09", "২০১৭ সালের সেপ্টেম্বরে")]


def test_the_same_date_in_both_versions_is_clean():
    assert loud_values(_AFTER_HI, "hi", _AFTER_BN, "bn") == []
    assert loud_values(_BRIDGE_HI, "hi", _BRIDGE_BN, "bn") == []


def test_a_changed_year_or_day_is_still_reported():
    assert [rule for rule, _ in loud_values(_AFTER_HI, "hi", _AFTER_BN.replace("২০০১", "২০০২"), "bn")] == ["XL202"]
    assert [rule for rule, _ in loud_values(_BRIDGE_HI, "hi", _BRIDGE_BN.replace("সেপ্টেম্বরে", "অক্টোবরে"), "bn")] \
        == ["XL202"]


def test_a_month_alone_or_an_abbreviation_with_an_ending_is_no_date():
    assert extracted(dates, "সেপ্টেম্বরে তিনি ফিরলেন।", "bn") == []
    assert extracted(dates, "জুলে তিনি", "bn") == []
