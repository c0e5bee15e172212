#include "publishedexamples.h"

using namespace Qt::StringLiterals;

namespace trro::sim {
namespace {

constexpr char SessionStatisticsByInterval[] = R"({
    "Response": {
        "RequestId": "abcdefg-774e-4756-9f5b-8faa55ae1e5b",
        "SessionStatistics": [
            {
                "ActiveFieldDeviceNum": 1,
                "ActiveRemoteDeviceNum": 0,
                "SessionNum": 1,
                "StartTime": 1661151600,
                "EndTime": 1661152600,
                "TotalDuration": 20,
                "NotBadSessionRatio": 50
            },
            {
                "ActiveFieldDeviceNum": 1,
                "ActiveRemoteDeviceNum": 0,
                "SessionNum": 2,
                "StartTime": 1661162400,
                "EndTime": 1661152600,
                "TotalDuration": 20,
                "NotBadSessionRatio": 10
            },
            {
                "ActiveFieldDeviceNum": 1,
                "ActiveRemoteDeviceNum": 1,
                "SessionNum": 4,
                "StartTime": 1661166000,
                "EndTime": 1661176000,
                "TotalDuration": 604,
                "NotBadSessionRatio": 20
            },
            {
                "ActiveFieldDeviceNum": 1,
                "ActiveRemoteDeviceNum": 0,
                "SessionNum": 1,
                "StartTime": 1661166000,
                "EndTime": 1661176000,
                "TotalDuration": 10,
                "NotBadSessionRatio": 30
            }
        ]
    }
})";

constexpr char SessionStatistics[] = R"({
    "Response": {
        "ActiveFieldDeviceNum": 1,
        "ActiveRemoteDeviceNum": 1,
        "NotBadSessionRatio": 100,
        "RequestId": "abcdefg-1d31-47bc-8725-76124984f005",
        "SessionNum": 6,
        "TotalDuration": 604
    }
})";

constexpr char DeviceList[] = R"({
    "Response": {
        "Total": 1,
        "Num": 1,
        "RequestId": "8979fc1e-9564-4fc9-bf7d-2958ce679b72",
        "Devices": [
            {
                "DeviceName": "key",
                "ProjectId": "f3glr49r3axn0fu2",
                "LastReportTime": "2022-03-22T08:00:00+08:00",
                "DeviceStatus": "offline",
                "DeviceType": "field",
                "DeviceId": "dev1",
                "ModifyTime": "2022-03-21T08:00:00+08:00"
            }
        ]
    }
})";

constexpr char ProjectList[] = R"({
    "Response": {
        "RequestId": "8979fc1e-9564-4fc9-bf7d-2958ce679b72",
        "Num": 2,
        "Total": 2,
        "Projects": [
            {
                "ModifyTime": "2022-03-22T13:08:04+08:00",
                "ProjectName": "mytest2",
                "ProjectId": "f3glr49r2nwpey5c",
                "ProjectDescription": "test2",
                "PolicyMode": "black"
            },
            {
                "ModifyTime": "2022-03-22T13:08:04+08:00",
                "ProjectName": "project1",
                "ProjectId": "f3glr49r3axn0fu2",
                "ProjectDescription": "test project",
                "PolicyMode": "black"
            }
        ]
    }
})";

constexpr char DeviceSessionList[] = R"({
    "Response": {
        "DeviceSessionList": [
            {
                "EndTime": 1650000060,
                "FieldDeviceId": "dev2",
                "Quality": "good",
                "RemoteDeviceId": "dev2",
                "Resolution": "1920*1080",
                "SessionId": "abcdefg-50f7-4c60-9c89-e7076c8529a9-0",
                "StartTime": 1650000000
            }
        ],
        "RequestId": "abcdefg-186d-4dc5-9a36-6849446dd921",
        "Total": 1,
        "Num": 1
    }
})";

} // namespace

QByteArray PublishedExamples::response(const QString &action) {
    if (action == u"DescribeSessionStatisticsByInterval"_s)
        return QByteArray(SessionStatisticsByInterval);
    if (action == u"DescribeSessionStatistics"_s)
        return QByteArray(SessionStatistics);
    if (action == u"DescribeDeviceList"_s)
        return QByteArray(DeviceList);
    if (action == u"DescribeProjectList"_s)
        return QByteArray(ProjectList);
    if (action == u"DescribeDeviceSessionList"_s)
        return QByteArray(DeviceSessionList);
    return {};
}

} // namespace trro::sim
