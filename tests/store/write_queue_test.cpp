// The load on two threads (store/write_queue.h): the tasks run on the connection's thread in
// the order the generator pushed them, and a failure on either side stops the other and
// reaches the caller.
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "store/write_queue.h"
#include "test_database.h"

namespace pathway {
namespace {

using testing::TestDatabase;

TEST(WriteQueue, RunsEveryTaskOnTheConnectionInTheOrderPushed) {
  TestDatabase test;
  auto connection = test.database().acquire();
  connection->execute_script("CREATE TABLE pushed (n BIGINT)");
  store::load_on_two_threads(*connection, 3, [](store::WriteQueue& queue) {
    for (std::int64_t n = 0; n < 200; ++n) {
      ASSERT_TRUE(queue.push([n](store::Connection& writer) { writer.execute("INSERT INTO pushed VALUES (?)", {n}); }));
    }
  });
  std::vector<std::int64_t> order;
  for (const auto& row : connection->query("SELECT n FROM pushed", {})) order.push_back(row.integer(0));
  ASSERT_EQ(order.size(), 200u);
  for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], static_cast<std::int64_t>(i));
}

TEST(WriteQueue, AGeneratorsFailureReachesTheCaller) {
  TestDatabase test;
  auto connection = test.database().acquire();
  EXPECT_THROW(store::load_on_two_threads(*connection, 2,
                                          [](store::WriteQueue& queue) {
                                            queue.push([](store::Connection&) {});
                                            throw std::runtime_error("the generator failed");
                                          }),
               std::runtime_error);
}

TEST(WriteQueue, AFailedWriteStopsTheGenerator) {
  TestDatabase test;
  auto connection = test.database().acquire();
  std::atomic<int> refused = 0;
  std::atomic<int> ran = 0;
  EXPECT_THROW(store::load_on_two_threads(*connection, 2,
                                          [&](store::WriteQueue& queue) {
                                            for (int n = 0; n < 1000; ++n) {
                                              bool taken = queue.push([n, &ran](store::Connection& writer) {
                                                ++ran;
                                                if (n == 5) writer.execute("INSERT INTO no_such_table VALUES (1)");
                                              });
                                              if (!taken) {
                                                ++refused;
                                                return;
                                              }
                                            }
                                          }),
               store::StoreError);
  EXPECT_EQ(ran, 6) << "nothing runs after the failed task";
  EXPECT_EQ(refused, 1) << "the generator was told to stop";
}

}  // namespace
}  // namespace pathway
